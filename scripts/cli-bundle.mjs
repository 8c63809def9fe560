// Compiles the `kb` CLI (lib/cli, TypeScript) to plain ES modules in .kb-cli/ with esbuild, so a
// command starts without compiling TypeScript: `kb search` at 32 entries went from 0.95 s under tsx
// to the figure in docs/benchmarks/cli.md. Packages stay external (resolved from node_modules);
// each command stays its own chunk, loaded on demand.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = path.join(ROOT, '.kb-cli');
export const BUNDLE_ENTRY = path.join(BUNDLE_DIR, 'run.js');

/** Newest modification time of the CLI's sources (lib/**.ts, package.json), in ms. Synchronous: faster for ~150 files. */
function newestSource(dir = path.join(ROOT, 'lib')) {
  let newest = statSync(path.join(ROOT, 'package.json')).mtimeMs;
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (item.isFile() && /\.tsx?$/.test(item.name)) {
      newest = Math.max(newest, statSync(path.join(item.parentPath ?? item.path, item.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when the bundle exists and is newer than every source file. */
export async function bundleIsFresh() {
  const built = statSync(BUNDLE_ENTRY, { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= newestSource();
}

/** Builds the bundle. */
export async function buildBundle() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, 'lib/cli/run.ts')],
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: { '@': ROOT },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
  console.log(`kb CLI compiled to ${path.relative(process.cwd(), BUNDLE_DIR)}/`);
}
