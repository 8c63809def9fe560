import type { SearchEngine } from '@/lib/search/engine';

/** Where the static export serves the index files (see app/search-index/[shard]/route.ts). */
const INDEX_PATH = '/search-index';

let engine: Promise<SearchEngine> | null = null;

/**
 * The search engine, loaded on first use: the engine code is a separate chunk (dynamic import)
 * and index files are fetched per query, so no page pays for search until someone searches.
 */
export function loadEngine(): Promise<SearchEngine> {
  engine ??= import('@/lib/search/engine').then(({ createSearchEngine }) => createSearchEngine(fetchIndexFile));
  engine.catch(() => {
    engine = null; // let the next keystroke try again
  });
  return engine;
}

async function fetchIndexFile(file: string): Promise<unknown> {
  const response = await fetch(`${INDEX_PATH}/${file}`);
  if (!response.ok) throw new Error(`search index file ${file}: HTTP ${response.status}`);
  return response.json();
}
