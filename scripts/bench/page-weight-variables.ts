/**
 * `tsx scripts/bench/page-weight-variables.ts [outDir]`: how much JavaScript the variables feature adds.
 * 1. The feature alone: components/variables bundled and minified with esbuild, React left out.
 * 2. The built site (default `out/`): the JS an entry page with variables loads (external chunks and
 *    inline scripts, gzip) against an entry page without variables.
 * Prints a Markdown table; exits 1 when either increase exceeds the 15 KB gzip budget.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const BUDGET = 15 * 1024;
/** A string only the variables store contains, to find the chunk that ships it. */
const MARKER = 'kb:variables';
const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.resolve(root, parseArgs({ allowPositionals: true }).positionals[0] ?? 'out');

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzip size of the feature's client code, bundled as Next would, without React. */
async function featureWeight(): Promise<{ js: number; css: number }> {
  const result = await build({
    stdin: {
      contents: ['variable-panel', 'copy-all-button', 'clipboard', 'announcer']
        .map((m) => `export * from '@/components/variables/${m}';`)
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    outdir: 'bench',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    loader: { '.module.css': 'local-css' },
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const sum = (ext: string) =>
    result.outputFiles.filter((f) => f.path.endsWith(ext)).reduce((n, f) => n + gz(Buffer.from(f.contents)), 0);
  return { js: sum('.js'), css: sum('.css') };
}

interface PageWeight {
  id: string;
  chunks: number;
  inline: number;
  files: string[];
}

/** JS one exported page loads: its `<script src>` chunks and its inline scripts (RSC payload), gzip. */
function pageWeight(file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const chunks = files.reduce((n, src) => n + gz(readFileSync(path.join(outDir, src.split('?')[0]))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + gz(m[1]),
    0,
  );
  return { id: path.basename(file, '.html'), chunks, inline, files };
}

async function main(): Promise<number> {
  const feature = await featureWeight();
  const rows = [
    `| measure | gzip |`,
    `|---|---|`,
    `| variables feature code alone (JS, no React) | ${kb(feature.js)} |`,
    `| variables feature CSS | ${kb(feature.css)} |`,
  ];
  let worst = feature.js;
  const pagesDir = path.join(outDir, 'kb');
  if (existsSync(pagesDir)) {
    const pages = readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(pagesDir, f));
    const withVars = pages.filter((f) => readFileSync(f, 'utf8').includes('data-var='));
    const without = pages.filter((f) => !withVars.includes(f));
    if (withVars.length && without.length) {
      const [a, b] = [pageWeight(withVars[0]), pageWeight(without[0])];
      const onlyA = a.files.filter((f) => !b.files.includes(f));
      const delta = a.chunks + a.inline - (b.chunks + b.inline);
      worst = Math.max(worst, delta);
      rows.push(
        `| ${b.id} (no variables): chunks + inline | ${kb(b.chunks)} + ${kb(b.inline)} |`,
        `| ${a.id} (variables): chunks + inline | ${kb(a.chunks)} + ${kb(a.inline)} |`,
        `| growth of the page with variables | ${kb(delta)} (${onlyA.length} extra chunk(s)) |`,
      );
      const holders = a.files.filter((src) =>
        readFileSync(path.join(outDir, src.split('?')[0]), 'utf8').includes(MARKER),
      );
      const held = holders.reduce((n, src) => n + gz(readFileSync(path.join(outDir, src.split('?')[0]))), 0);
      rows.push(`| chunk(s) holding the variables code, loaded by every entry page | ${holders.length}: ${kb(held)} |`);
    }
  } else rows.push(`| built pages | not found in ${path.relative(root, outDir)}/kb: run npm run build |`);
  rows.push(`| budget | ${kb(BUDGET)} |`);
  console.log(rows.join('\n'));
  return worst <= BUDGET ? 0 : 1;
}

process.exitCode = await main();
