import { explainEntry } from './explain';
import { confirmByPatterns } from './match-patterns';
import { keepTelling, loadTermShard, planQuery, rank, type LoadedTermShard, type QueryPlan } from './query';
import { toSearchResults, type SearchResult } from './results';
import {
  inverseDocumentFrequency,
  docShardFile,
  docShardOf,
  indexFileEntries,
  INDEX_FORMAT,
  MANIFEST_FILE,
  termShardFile,
  type DocRecord,
  type IndexFiles,
  type IndexManifest,
  type SignatureRecord,
  type TermShard,
} from './shards';

/**
 * The search engine: fetches the manifest and only the shards a query needs, caches them, and
 * ranks with `query.ts`. The loader decides where files come from (fetch on the web, memory
 * in the CLI), so both rank the same way. Browser-safe.
 */

/** Reads one index file by name (`manifest.json`, `t-3.json` …) and returns its parsed JSON. */
export type IndexLoader = (file: string) => Promise<unknown>;

/** The answer to one query. */
interface SearchResponse {
  results: SearchResult[];
  /** The query's normalized plan: its terms feed highlighting. */
  plan: QueryPlan;
  /** True when the first result is a confident match; false means "closest entries", not answers. */
  confident: boolean;
}

/** What a search may add to its results. */
export interface SearchOptions {
  /** Each result that is not a confident match says why (`SearchResult.why`): `kb search --why`. */
  explain?: boolean;
}

/** A search engine over one index. */
export interface SearchEngine {
  /** Best results first, at most `limit`. An empty or noise-only query returns no results. */
  search(query: string, limit: number, options?: SearchOptions): Promise<SearchResponse>;
}

/** Thrown when an index file is not what this version of the code reads. */
export class IndexFormatError extends Error {}

/** Creates an engine that loads index files through `load`, each at most once. */
export function createSearchEngine(load: IndexLoader): SearchEngine {
  let manifest: Promise<IndexManifest> | null = null;
  const termShards = new Map<number, Promise<LoadedTermShard>>();
  const docShards = new Map<number, Promise<DocRecord[]>>();
  const cached = <T>(cache: Map<number, Promise<T>>, n: number, get: () => Promise<T>): Promise<T> => {
    const existing = cache.get(n);
    if (existing) return existing;
    const fresh = get();
    cache.set(n, fresh);
    fresh.catch(() => cache.delete(n)); // a failed fetch is retried by the next query
    return fresh;
  };
  const termShard = (n: number) =>
    cached(termShards, n, async () => loadTermShard(asTermShard(await load(termShardFile(n)))));
  const docShard = (n: number) => cached(docShards, n, async () => asDocShard(await load(docShardFile(n))));

  return {
    async search(query, limit, options = {}) {
      manifest ??= load(MANIFEST_FILE).then(asManifest);
      manifest.catch(() => (manifest = null));
      const index = await manifest;
      const plan = planQuery(query, index);
      if (plan.terms.length === 0 || index.docs === 0) return { results: [], plan, confident: false };
      const loaded = await Promise.all(plan.termShards.map(async (n) => [n, await termShard(n)] as const));
      const ranking = rank(plan, new Map(loaded), index, limit);
      const candidates = await Promise.all(
        ranking.docs.map(async (ranked) => ({
          ranked,
          record: (await docShard(docShardOf(ranked.doc, index.docsPerShard)))[ranked.doc % index.docsPerShard],
        })),
      );
      const kept = keepTelling(candidates.map((c) => confirmByPatterns(c, plan.lines, plan.summaries)));
      const results = toSearchResults(
        kept.map((k) => k.ranked),
        kept.map((k) => k.record),
        plan,
        ranking.idf,
      );
      if (options.explain) {
        const present = new Set(plan.lines.flatMap((l) => l.tokens));
        const maxIdf = inverseDocumentFrequency(index.docs, 1);
        const byDoc = recordsByDoc(ranking.signatures.values());
        kept.forEach(({ ranked }, i) => {
          if (!results[i].confident)
            results[i].why = explainEntry(byDoc.get(ranked.doc) ?? [], plan.lines, present, ranking.idf, maxIdf);
        });
      }
      return { results, plan, confident: results[0]?.confident ?? false };
    },
  };
}

function recordsByDoc(records: Iterable<SignatureRecord>): Map<number, SignatureRecord[]> {
  const byDoc = new Map<number, SignatureRecord[]>();
  for (const record of records) {
    const list = byDoc.get(record[1]);
    if (list) list.push(record);
    else byDoc.set(record[1], [record]);
  }
  return byDoc;
}

/** A loader over an index held in memory (CLI, tests). */
export function memoryLoader(index: IndexFiles): IndexLoader {
  const files = new Map(indexFileEntries(index));
  return async (file) => {
    if (!files.has(file)) throw new Error(`search index has no file ${file}`);
    return files.get(file);
  };
}

function asManifest(value: unknown): IndexManifest {
  if (!isObject(value) || value.format !== INDEX_FORMAT) {
    throw new IndexFormatError(`search index manifest is not format ${INDEX_FORMAT}; rebuild the site`);
  }
  const { docs, termShards, docsPerShard } = value;
  if (typeof docs !== 'number' || typeof termShards !== 'number' || typeof docsPerShard !== 'number') {
    throw new IndexFormatError('search index manifest lacks docs, termShards or docsPerShard');
  }
  return { format: INDEX_FORMAT, docs, termShards, docsPerShard };
}

function asTermShard(value: unknown): TermShard {
  if (isObject(value) && isObject(value.terms) && isObject(value.sigs)) return value as unknown as TermShard;
  throw new IndexFormatError('search index term shard lacks terms or sigs');
}

function asDocShard(value: unknown): DocRecord[] {
  if (Array.isArray(value)) return value as DocRecord[];
  throw new IndexFormatError('search index document shard is not a list');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
