/**
 * `npm run build`: validate the KB, then `next build` into a staging folder, then swap it in.
 * An invalid KB never reaches `next build`; a failed build leaves the last good output as it was.
 * KB_CONTENT_DIR picks the content folder, KB_OUT_DIR the output folder (default `out`, inside
 * the project). Builds into the same folder are serialised by `<out>.lock` (a second build waits
 * KB_BUILD_WAIT seconds, default 0, then fails with a clear message); a killed build takes its
 * `next build` with it and removes its staging folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeEmptySite } from '../lib/build/empty-site';
import { acquireBuildLock, type BuildLock, BuildLockedError } from '../lib/build/lock';
import { outDirProblem } from '../lib/build/out-dir';
import { pruneExport } from '../lib/build/prune-export';
import { applyPageCsp } from '../lib/build/security-headers';
import { allowedImageHosts } from '../lib/render/rehype-external-links';
import { formatDiagnostic, hasErrors, printable } from '../lib/diagnostics';
import { contentDir, loadKb } from '../lib/kb';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.KB_OUT_DIR || 'out');
const stageDir = `${outDir}.staging`;
let lock: BuildLock | null = null;
let child: ChildProcess | null = null;

async function main(): Promise<number> {
  const dir = contentDir();
  const kb = await loadKb(dir);
  for (const d of kb.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(kb.diagnostics)) {
    console.error(`\nbuild stopped: the KB in ${shown(dir)} has errors (listed above); ${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  const problem = kb.entries.length > 0 ? outDirProblem(root, outDir) : null;
  if (problem) {
    console.error(`build stopped: ${problem}`);
    return 1;
  }
  try {
    lock = await acquireBuildLock(`${outDir}.lock`, { waitMs: Number(process.env.KB_BUILD_WAIT ?? 0) * 1000 });
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error;
    console.error(`build stopped: ${error.message}`);
    return 1;
  }
  await rm(stageDir, { recursive: true, force: true });
  if (kb.entries.length === 0) {
    await writeEmptySite(stageDir, shown(dir));
    await applyPageCsp(stageDir);
    await swapIn();
    console.log(`✓ the KB in ${printable(shown(dir))} has no entries; wrote a page saying so to ${shown(outDir)}/`);
    return 0;
  }
  console.log(`✓ ${kb.entries.length} entries valid in ${printable(shown(dir))}; building…`);
  const status = await runNextBuild(dir);
  const missing = status === 0 ? kb.entries.filter((e) => !existsSync(path.join(stageDir, 'kb', `${e.id}.html`))) : [];
  if (status !== 0 || missing.length > 0) {
    if (missing.length) console.error(`build incomplete: no page for ${missing.map((e) => e.id).join(', ')}`);
    await rm(stageDir, { recursive: true, force: true });
    console.error(`\nnext build failed; ${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  const pruned = await pruneExport(stageDir);
  console.log(`✓ removed ${pruned.removed.length} RSC payload files (${(pruned.bytes / 1024 / 1024).toFixed(1)} MB) not needed without client-side navigation`);
  const secured = await applyPageCsp(stageDir, allowedImageHosts());
  console.log(`✓ Content-Security-Policy with inline-script hashes added to ${secured} pages; _headers written`);
  await swapIn();
  console.log(`✓ ${kb.entries.length} entry pages written to ${shown(outDir)}/`);
  return 0;
}

/** Runs `next build` into the staging folder; its workers exit if this process goes away. */
function runNextBuild(dir: string): Promise<number> {
  const watchdog = path.join(root, 'lib', 'build', 'exit-with-parent.cjs');
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(watchdog)}`.trim();
  return new Promise((resolve) => {
    child = spawn(process.execPath, ['--require', watchdog, nextBin(), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: nodeOptions, KB_CONTENT_DIR: dir, KB_DIST_DIR: path.relative(root, stageDir), NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => {
      child = null;
      resolve(code ?? 1);
    });
  });
}

/** Replaces the output folder with the staging folder (the old one survives until the new is in place). */
async function swapIn(): Promise<void> {
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(stageDir, outDir);
  await rm(old, { recursive: true, force: true });
}

/** On Ctrl-C or kill: stop `next build`, remove the staging folder, release the lock. */
function onSignal(signal: NodeJS.Signals, code: number): void {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    if (lock) {
      rmSync(stageDir, { recursive: true, force: true });
      lock.release();
    }
    console.error(`\nbuild interrupted (${signal}); ${shown(outDir)}/ was left as it was.`);
    process.exit(code);
  });
}

/** A path as the user would type it: relative to the project when inside it, absolute otherwise. */
function shown(p: string): string {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function nextBin(): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

onSignal('SIGINT', 130);
onSignal('SIGTERM', 143);
onSignal('SIGHUP', 129);
try {
  process.exitCode = await main();
} finally {
  (lock as BuildLock | null)?.release();
}
