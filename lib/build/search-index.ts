import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntryModel } from '../content/model';
import { indexFilesOf } from '../search/build';

/**
 * The site's search index as the files the search box fetches (`manifest.json`, `t-0.json`, `d-0.json` …), each
 * as its JSON text. `npm run build` writes them into the export itself rather than through Next's
 * `/search-index/[shard]` route: as 192 prerendered routes at 1,000 entries they cost about 1.3 s of the build
 * (docs/benchmarks/build.md). The development server still serves them through that route.
 */
export function searchIndexJson(entries: readonly EntryModel[]): Map<string, string> {
  return new Map([...indexFilesOf(entries)].map(([name, data]) => [name, JSON.stringify(data)]));
}

/** Writes `files` (from `searchIndexJson`) into `dir`, created if missing. */
export async function writeSearchIndex(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(dir, name), text);
}
