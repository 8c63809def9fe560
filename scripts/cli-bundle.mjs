// Compiles the `kb` CLI (lib/cli, TypeScript) and `npm run build`'s script (scripts/build.ts) to plain ES modules in
// .kb-cli/ with esbuild, so they start without compiling TypeScript: `kb search` at 32 entries went from 0.95 s under
// tsx to the figure in docs/benchmarks/cli.md, and the build reaches its first step in about 0.5 s instead of 1.0–1.3 s
// (docs/benchmarks/build.md). Packages stay external (resolved from node_modules); each command stays its own chunk,
// loaded on demand.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = path.join(ROOT, '.kb-cli');
export const BUNDLE_ENTRY = path.join(BUNDLE_DIR, 'run.js');
export const BUILD_ENTRY = path.join(BUNDLE_DIR, 'build.js');
const BUILD_SOURCE = path.join(ROOT, 'scripts', 'build.ts');

/**
 * Newest modification time of the sources (lib/**.ts, scripts/build.ts, package.json), in ms. Synchronous: faster
 * for ~150 files.
 */
function newestSource(dir = path.join(ROOT, 'lib')) {
  let newest = Math.max(statSync(path.join(ROOT, 'package.json')).mtimeMs, statSync(BUILD_SOURCE).mtimeMs);
  for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (item.isFile() && /\.tsx?$/.test(item.name)) {
      newest = Math.max(newest, statSync(path.join(item.parentPath ?? item.path, item.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when the bundle exists, both entries of it, and is newer than every source file. */
export async function bundleIsFresh() {
  const built = [BUNDLE_ENTRY, BUILD_ENTRY].map((file) => statSync(file, { throwIfNoEntry: false }));
  if (built.some((stat) => stat === undefined)) return false;
  return Math.min(...built.map((stat) => stat.mtimeMs)) >= newestSource();
}

/** Where a bundle folder records the files of its last build, by name: kept through the next (see {@link pruneBundle}). */
const OUTPUTS_FILE = 'outputs.json';

/** Builds the bundle, then removes the chunks of the builds before the last. */
export async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { run: path.join(ROOT, 'lib/cli/run.ts'), build: BUILD_SOURCE },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: { '@': ROOT },
    logLevel: 'warning',
    metafile: true,
  });
  pruneBundle(
    BUNDLE_DIR,
    Object.keys(result.metafile.outputs).map((file) => path.basename(file)),
  );
}

/**
 * Chunk names change with their content, so every rebuild adds files to `dir`. Removes the files neither this build
 * (`written`, by name) nor the one before wrote: a `kb` still running from the previous bundle loads its chunks on
 * demand, so that generation stays until the next rebuild. Without a record of the previous build (the first one),
 * removes nothing. A file that cannot be removed is left: a stale chunk costs disk space, never a wrong answer.
 */
export function pruneBundle(dir, written) {
  const record = path.join(dir, OUTPUTS_FILE);
  const previous = readNames(record);
  writeFileSync(record, `${JSON.stringify(written)}\n`);
  if (previous === null) return;
  const keep = new Set([...written, ...previous, OUTPUTS_FILE]);
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (!item.isFile() || keep.has(item.name)) continue;
    try {
      rmSync(path.join(dir, item.name), { force: true });
    } catch {
      // Left in place (see above).
    }
  }
}

/** The names recorded in `file`, or null when there is no such record. */
function readNames(file) {
  try {
    const names = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(names) && names.every((name) => typeof name === 'string') ? names : null;
  } catch {
    return null;
  }
}

/**
 * Runs `compiled`, an entry of the bundle, remaking the bundle first when a source is newer. Where the bundle cannot
 * be written (a read-only install), or with KB_NO_BUNDLE set, tsx compiles `source` (a file URL) on the fly instead.
 */
export async function runCompiled(compiled, source) {
  if (!process.env.KB_NO_BUNDLE && (await bundleReady())) return import(compiled);
  const { register } = await import('tsx/esm/api');
  register();
  return import(source);
}

/** Whether the bundle is fresh, or was remade just now. */
async function bundleReady() {
  if (await bundleIsFresh().catch(() => false)) return true;
  return buildBundle().then(
    () => true,
    () => false,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle();
  console.log(`kb CLI and build script compiled to ${path.relative(process.cwd(), BUNDLE_DIR)}/`);
}
