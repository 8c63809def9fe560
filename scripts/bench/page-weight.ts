/**
 * Page weight of the static export: for every entry page, the HTML (raw and gzip), the RSC payload
 * files Next writes beside it, and the JavaScript the page loads (gzip), against a bare one-page
 * Next.js app built with the same Next version in a temp folder (its JS is "Next's own runtime").
 * "Disk per entry" is the entry's HTML plus every payload file of that page still in the export
 * (`npm run build` does not export them, see lib/build/export-pages.ts; Next's own export does).
 *
 *   npx tsx scripts/bench/page-weight.ts [--out out] [--baseline bench-results/bare-next.json] [--rebuild-baseline]
 *
 * Build the site first (`npm run build`). The baseline is built once and cached in the JSON file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isRscPayload } from '../../lib/build/export-pages';

const root = path.resolve(import.meta.dirname, '../..');

/** Bytes of one asset, raw and gzip -9. */
interface Size {
  raw: number;
  gzip: number;
}

/** What one page costs. */
interface PageWeight {
  page: string;
  html: Size;
  /** Bytes of the HTML that are the inline RSC payload (`self.__next_f.push(…)` scripts). */
  inlineRsc: number;
  /** The RSC payload files of the page (`<id>.txt`, `<id>/**`), raw bytes on disk. */
  rsc: number;
  /** Scripts the HTML loads, deduplicated. */
  js: Size;
  scripts: string[];
}

async function size(file: string): Promise<Size> {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Measures one exported page: `<out>/<page>.html` (or index.html) and its payload files. */
async function measurePage(out: string, page: string): Promise<PageWeight> {
  const htmlFile = path.join(out, page === '' ? 'index.html' : `${page}.html`);
  const html = await readFile(htmlFile, 'utf8');
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  const js: Size = { raw: 0, gzip: 0 };
  for (const src of scripts) {
    const s = await size(path.join(out, src.replace(/^\//, '')));
    js.raw += s.raw;
    js.gzip += s.gzip;
  }
  const payloads =
    page === ''
      ? (await readdir(out))
          .filter((f) => f === 'index.txt' || /^__next\..*\.txt$/.test(f))
          .map((f) => path.join(out, f))
      : [path.join(out, `${page}.txt`), ...(await filesUnder(path.join(out, page)))];
  let rsc = 0;
  for (const f of payloads) if (existsSync(f)) rsc += (await stat(f)).size;
  const inlineRsc = [...html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[0]),
    0,
  );
  return { page: page || '/', html: await size(htmlFile), inlineRsc, rsc, js, scripts };
}

/** Builds (or reads the cached) bare Next.js app: one page, one layout, static export. */
async function baseline(cache: string, rebuild: boolean): Promise<PageWeight> {
  if (!rebuild && existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as PageWeight;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bare-next-'));
  try {
    await mkdir(path.join(dir, 'app'));
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
    await writeFile(
      path.join(dir, 'next.config.mjs'),
      "export default { output: 'export', images: { unoptimized: true } };\n",
    );
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          jsx: 'react-jsx',
          strict: true,
          moduleResolution: 'bundler',
          module: 'esnext',
          skipLibCheck: true,
          noEmit: true,
          isolatedModules: true,
          esModuleInterop: true,
          lib: ['dom', 'ES2022'],
        },
      }),
    );
    await writeFile(
      path.join(dir, 'app/layout.tsx'),
      'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
    );
    await writeFile(
      path.join(dir, 'app/page.tsx'),
      'export default function P() { return <main><h1>Hello</h1></main>; }\n',
    );
    // Turbopack will not resolve a symlinked node_modules outside the app, so hard-link a copy (instant, no extra disk).
    const link = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')], {
      stdio: 'inherit',
    });
    if (link.status !== 0) throw new Error('could not link node_modules into the baseline app');
    const build = spawnSync(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('bare Next.js build failed');
    const result = await measurePage(path.join(dir, 'out'), '');
    await mkdir(path.dirname(cache), { recursive: true });
    await writeFile(cache, JSON.stringify(result, null, 2));
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every RSC payload file of the export (outside `_next/`), by `isRscPayload`; the project's export has none. */
async function rscPayloadFiles(out: string, files: string[]): Promise<{ file: string; size: number }[]> {
  const found: { file: string; size: number }[] = [];
  for (const f of files) {
    const rel = path.relative(out, f);
    if (rel.startsWith(`_next${path.sep}`)) continue;
    const siblings = new Set(await readdir(path.dirname(f)));
    const inPayloadFolder = rel
      .split(path.sep)
      .slice(0, -1)
      .some((part) => part.startsWith('__next.'));
    if (inPayloadFolder || isRscPayload(path.basename(f), siblings))
      found.push({ file: rel, size: (await stat(f)).size });
  }
  return found;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'out' },
      baseline: { type: 'string', default: 'bench-results/bare-next.json' },
      'rebuild-baseline': { type: 'boolean', default: false },
    },
  });
  const out = path.resolve(root, values.out);
  const bare = await baseline(path.resolve(root, values.baseline), values['rebuild-baseline']);
  const ids = (await readdir(path.join(out, 'kb')))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''));
  const pages = await Promise.all(ids.map((id) => measurePage(out, `kb/${id}`)));
  const home = await measurePage(out, '');
  const all = await filesUnder(out);
  let total = 0;
  for (const f of all) total += (await stat(f)).size;
  const payloadFiles = await rscPayloadFiles(out, all);

  console.log(`| page | HTML | of which inline RSC | HTML gzip | RSC payload files | disk (HTML + RSC) | JS gzip |`);
  console.log(`|---|---:|---:|---:|---:|---:|---:|`);
  for (const p of [...pages, home]) {
    console.log(
      `| ${p.page} | ${kb(p.html.raw)} | ${kb(p.inlineRsc)} | ${kb(p.html.gzip)} | ${kb(p.rsc)} | ${kb(p.html.raw + p.rsc)} | ${kb(p.js.gzip)} |`,
    );
  }
  const avg = (f: (p: PageWeight) => number) => pages.reduce((s, p) => s + f(p), 0) / pages.length;
  const max = (f: (p: PageWeight) => number) => Math.max(...pages.map(f));
  const entryJs = Math.max(...pages.map((p) => p.js.gzip));
  console.log(`\nentries: ${pages.length}`);
  console.log(
    `entry HTML: avg ${kb(avg((p) => p.html.raw))} (gzip ${kb(avg((p) => p.html.gzip))}), max ${kb(max((p) => p.html.raw))}`,
  );
  console.log(
    `entry disk (HTML + RSC payloads): avg ${kb(avg((p) => p.html.raw + p.rsc))}, max ${kb(max((p) => p.html.raw + p.rsc))}`,
  );
  console.log(`entry HTML without its inline RSC payload: avg ${kb(avg((p) => p.html.raw - p.inlineRsc))}`);
  console.log(`entry inline RSC payload: avg ${kb(avg((p) => p.inlineRsc))}, max ${kb(max((p) => p.inlineRsc))}`);
  console.log(
    `RSC payload files anywhere in the export: ${payloadFiles.length} (${kb(payloadFiles.reduce((n, f) => n + f.size, 0))})`,
  );
  console.log(`whole export: ${kb(total)} in ${all.length} files = ${kb(total / pages.length)} per entry`);
  const byTop = new Map<string, number>();
  for (const f of all) {
    const top = path.relative(out, f).split(path.sep)[0];
    const key = top.includes('.') ? '(root files)' : `${top}/`;
    byTop.set(key, (byTop.get(key) ?? 0) + (await stat(f)).size);
  }
  console.log(
    `  by folder: ${[...byTop]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  );
  console.log(
    `bare Next.js page JS: ${kb(bare.js.gzip)} gzip (${bare.scripts.length} scripts), HTML ${kb(bare.html.raw)}`,
  );
  console.log(`entry page JS: ${kb(entryJs)} gzip (${pages[0]?.scripts.length ?? 0} scripts)`);
  console.log(
    `added by the site: ${kb(entryJs - bare.js.gzip)} = ${(((entryJs - bare.js.gzip) / bare.js.gzip) * 100).toFixed(1)}% over bare Next.js (target ≤ 10%)`,
  );
}

await main();
