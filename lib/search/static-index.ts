import 'server-only';
import { getKb } from '../site/load';
import { indexFilesOf } from './build';

/**
 * The search index of the site's KB as named JSON files, built once per process. Server-only (reads the content
 * folder): the development server's `/search-index/[shard]` route serves them to the search box. A production build
 * writes the same files into the export itself (lib/build/search-index.ts).
 */

let cached: Promise<Map<string, unknown>> | null = null;

/** Index files by name (`manifest.json`, `t-0.json`, `d-0.json` …). */
export function searchIndexFiles(): Promise<Map<string, unknown>> {
  cached ??= getKb().then((kb) => indexFilesOf(kb.entries));
  return cached;
}
