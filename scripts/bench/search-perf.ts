/**
 * `tsx scripts/bench/search-perf.ts [--sizes 1000,10000,100000] [--baselines 1000,10000] [--no-browser]`
 * Search performance on synthetic KBs: index build time, index size, bytes (gzip) fetched by the
 * first query, p50/p95 query latency in Node and in Chromium, and synthetic top-1/top-3; the
 * library baselines (in memory) beside it. Prints Markdown and updates docs/benchmarks/search.md.
 * 100k entries need a larger heap: NODE_OPTIONS=--max-old-space-size=8192 (`npm run bench:search` sets it,
 * and --expose-gc).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { EntryModel } from '../../lib/content/model';
import { searchIndexJson } from '../../lib/build/search-index';
import { createSearchEngine } from '../../lib/search/engine';
import { measureAccuracy, type Ranker } from '../../lib/search/evaluate';
import { BASELINES } from './search-baselines';
import { browserTimings, engineBundle, launchChromium } from './search-perf-browser';
import { kb, ms, percentile, writeSection } from './search-report';
import { syntheticEntries, syntheticQueries, type SyntheticQuery } from './synthetic-search';

const root = path.resolve(import.meta.dirname, '../..');
const QUERIES = 300;
const COLD_RUNS = 40;

const numbers = (list: string) => list.split(',').filter(Boolean).map(Number);

/** Builds the index and serializes it as the static export would. */
function buildFiles(entries: readonly EntryModel[]) {
  const start = performance.now();
  const files = searchIndexJson(entries);
  const buildMs = performance.now() - start;
  const gzip = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
  return { files, gzip, buildMs, totalGzip: [...gzip.values()].reduce((a, b) => a + b, 0) };
}

/** Gzip bytes a fresh engine fetches for its first query, per query. */
async function firstQueryBytes(
  files: Map<string, string>,
  gzip: Map<string, number>,
  queries: readonly SyntheticQuery[],
) {
  const bytes: number[] = [];
  for (const { query } of queries.slice(0, COLD_RUNS)) {
    let sum = 0;
    const engine = createSearchEngine(
      async (file) => ((sum += gzip.get(file) ?? 0), JSON.parse(files.get(file) ?? 'null')),
    );
    await engine.search(query, 8);
    bytes.push(sum);
  }
  return bytes;
}

/**
 * Warm latencies of a ranker: one pass to load, one timed pass. The garbage of building the
 * synthetic KB and its index is collected first (when run with --expose-gc), so that the timed pass
 * pays for its own allocations only, as a search box or a `kb search` process would.
 */
async function warmLatencies(ranker: Ranker, queries: readonly SyntheticQuery[]): Promise<number[]> {
  for (const { query } of queries) await ranker.search(query, 8);
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (const { query } of queries) {
    const start = performance.now();
    await ranker.search(query, 8);
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      baselines: { type: 'string', default: '1000,10000' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const sizes = numbers(values.sizes);
  const baselineSizes = numbers(values.baselines);
  const browser = values['no-browser'] ? null : await launchChromium();
  const bundle = await engineBundle(root);
  const ours: string[] = [];
  const libs: string[] = [];
  for (const size of sizes) {
    const entries = syntheticEntries(size);
    const queries = syntheticQueries(entries, QUERIES);
    const built = buildFiles(entries);
    const bytes = await firstQueryBytes(built.files, built.gzip, queries);
    const engine = createSearchEngine(async (file) => JSON.parse(built.files.get(file) ?? 'null'));
    const node = await warmLatencies(engine, queries);
    const accuracy = await measureAccuracy(
      engine,
      queries.map((q) => ({ ...q, source: 'synthetic' })),
    );
    const web = browser
      ? await browserTimings(
          browser,
          bundle.code,
          built.files,
          queries.map((q) => q.query),
          COLD_RUNS,
        )
      : null;
    ours.push(
      `| ${size.toLocaleString('en')} | ${(built.buildMs / 1000).toFixed(1)} s | ${built.files.size} files, ${kb(built.totalGzip)} | ${kb(percentile(bytes, 50))} / ${kb(percentile(bytes, 95))} | ${ms(percentile(node, 50))} / ${ms(percentile(node, 95))} ms | ${web ? `${ms(percentile(web.warm, 50))} / ${ms(percentile(web.warm, 95))} ms` : '—'} | ${web ? `${ms(percentile(web.cold, 50))} ms` : '—'} | ${((100 * accuracy.top1) / accuracy.cases).toFixed(1)}% / ${((100 * accuracy.top3) / accuracy.cases).toFixed(1)}% |`,
    );
    process.stderr.write(`${ours[ours.length - 1]}\n`);
    if (baselineSizes.includes(size)) libs.push(...(await baselineRows(entries, queries)));
  }
  await browser?.close();
  const markdown = report(ours, libs, bundle.gzip);
  process.stdout.write(`${markdown}\n`);
  await writeSection(root, 'search-perf', markdown);
}

async function baselineRows(entries: readonly EntryModel[], queries: readonly SyntheticQuery[]): Promise<string[]> {
  const rows: string[] = [];
  for (const baseline of BASELINES) {
    const start = performance.now();
    const ranker = baseline.build(entries);
    const buildMs = performance.now() - start;
    const times = await warmLatencies(ranker, queries);
    const acc = await measureAccuracy(
      ranker,
      queries.map((q) => ({ ...q, source: 'synthetic' })),
    );
    rows.push(
      `| ${baseline.name} | ${entries.length.toLocaleString('en')} | ${(buildMs / 1000).toFixed(1)} s | ${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} ms | ${((100 * acc.top1) / acc.cases).toFixed(1)}% / ${((100 * acc.top3) / acc.cases).toFixed(1)}% |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  return rows;
}

function report(ours: string[], libs: string[], engineGzip: number): string {
  return [
    '## Performance on synthetic KBs',
    '',
    `Synthetic entries (scripts/bench/synthetic-search.ts: Zipf vocabulary, a quarter near-duplicates) and ${QUERIES} pasted-error queries with log noise, truncation and stack frames. Node ${process.version}; Chromium via Playwright; the index is served over HTTP from memory. Latency is per query once its shards are cached (warm), timed after a garbage collection of the benchmark's own set-up; "first query" is a fresh engine fetching, parsing and ranking (${COLD_RUNS} runs). Engine bundle: ${kb(engineGzip)} gzip, loaded on first use only.`,
    '',
    '| entries | build (Node) | index | first query fetches p50 / p95 (gzip) | Node p50 / p95 | Chromium p50 / p95 | Chromium first query p50 | top-1 / top-3 |',
    '|---|---|---|---|---|---|---|---|',
    ...ours,
    '',
    'Library baselines (whole index in memory, same queries):',
    '',
    '| engine | entries | build | p50 / p95 | top-1 / top-3 |',
    '|---|---|---|---|---|',
    ...libs,
  ].join('\n');
}

await main();
