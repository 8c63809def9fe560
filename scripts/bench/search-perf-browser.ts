/**
 * Chromium half of the search performance benchmark: the browser bundle of lib/search/engine
 * runs in a real page and fetches index files over HTTP (served from memory by a Playwright
 * route), exactly as the site's search box does.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/helpers/chromium';

const ORIGIN = 'http://search-bench.local';
/**
 * Runs in the page (kept as source text: tsx would inject helpers a page does not have).
 * Cold: a fresh engine per query. Warm: one engine, a loading pass, then a timed pass.
 */
const IN_PAGE = `async ({ queries, coldRuns, origin }) => {
  const engine = () => KbSearch.createSearchEngine(async (f) => (await fetch(origin + '/idx/' + f)).json());
  const time = async (e, q) => { const start = performance.now(); await e.search(q, 8); return performance.now() - start; };
  const cold = [];
  for (const q of queries.slice(0, coldRuns)) cold.push(await time(engine(), q));
  const warmEngine = engine();
  for (const q of queries) await warmEngine.search(q, 8);
  const warm = [];
  for (const q of queries) warm.push(await time(warmEngine, q));
  return { cold, warm };
}`;

/** Latencies measured in the page, in milliseconds. */
export interface BrowserTimings {
  /** First query of a fresh engine: manifest and shards fetched, parsed, ranked. */
  cold: number[];
  /** Queries once their shards are cached. */
  warm: number[];
}

/** The engine as the browser gets it: bundled and minified, with its gzip size. */
export async function engineBundle(root: string): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents: "export { createSearchEngine } from './lib/search/engine';", resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    globalName: 'KbSearch',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, gzip: gzipSync(code).length };
}

/** Launches Debian's Chromium (CHROMIUM_PATH overrides) with the flags the project uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/** Runs the queries in a page: `coldRuns` fresh engines for cold timings, then warm passes. */
export async function browserTimings(
  browser: Browser,
  engineCode: string,
  files: ReadonlyMap<string, string>,
  queries: readonly string[],
  coldRuns: number,
): Promise<BrowserTimings> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = path.posix.basename(new URL(route.request().url()).pathname);
    if (name === 'bench.html')
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${engineCode}</script>` });
    const body = files.get(name);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ contentType: 'application/json', body });
  });
  await page.goto(`${ORIGIN}/bench.html`);
  const args = JSON.stringify({ queries, coldRuns, origin: ORIGIN });
  const timings = (await page.evaluate(`(${IN_PAGE})(${args})`)) as BrowserTimings;
  await page.close();
  return timings;
}
