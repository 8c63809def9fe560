import 'server-only';
import { getKb } from '../site/load';
import { indexEntries } from './build';
import { indexFileEntries } from './shards';

/**
 * The search index of the site's KB as named JSON files, built once per build process.
 * Server-only (reads the content folder): the `/search-index/[shard]` route writes these files
 * into the static export, where the search box fetches them.
 */

let cached: Promise<Map<string, unknown>> | null = null;

/** Index files by name (`manifest.json`, `t-0.json`, `d-0.json` …). */
export function searchIndexFiles(): Promise<Map<string, unknown>> {
  cached ??= getKb().then((kb) => new Map(indexFileEntries(indexEntries(kb.entries))));
  return cached;
}
