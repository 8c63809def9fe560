/**
 * `npm run build`: write the frontmatter JSON schema if stale, validate the KB, then `next build`, export its
 * prerendered pages into a staging folder (lib/build/export-pages.ts), then swap it in.
 * An invalid KB never reaches `next build`; a failed, killed or concurrent build leaves the last good
 * output as it was. KB_CONTENT_DIR picks the content folder, KB_OUT_DIR the output folder (default `out`;
 * anywhere, also outside the project: Next's own folder must be inside it, so the export is staged in
 * `.kb-build/` and moved at the end).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { takeBuildLock } from '../lib/build/lock';
import { checkTypes } from '../lib/build/type-check';
import { removePlaceholders } from '../lib/build/placeholders';
import { searchIndexJson, writeSearchIndex } from '../lib/build/search-index';
import { type BuildState, codeStamp, pageHashes, readState, reusablePages } from '../lib/build/partial';
import { watchProgress } from '../lib/build/progress';
import { compactRenderCache, prepareRenderCache } from '../lib/build/render-cache';
import { exportPages } from '../lib/build/export-pages';
import { applyPageCsp } from '../lib/build/security-headers';
import { allowedImageHosts } from '../lib/render/rehype-external-links';
import { formatDiagnostic, hasErrors } from '../lib/diagnostics';
import { FRONTMATTER_SCHEMA_PATH, writeFrontmatterSchema } from '../lib/authoring/json-schema';
import { KB_HANDOFF_ENV, writeKbHandoff } from '../lib/content/handoff';
import { contentDir, type Kb, loadKb } from '../lib/content/kb';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.KB_OUT_DIR || 'out');
const work = path.join(root, '.kb-build');
const key = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
const stageDir = path.join(work, `stage-${key}`);
const lockFile = path.join(work, `${key}.lock`);
const stateFile = path.join(work, `state-${key}.json`);
/** The validated KB, handed to Next's workers so they do not parse every entry again (lib/content/handoff.ts). */
const handoffFile = path.join(work, `kb-${key}.json`);
/** The entry pages `next build` skips because the last output has them unchanged (lib/build/reused-pages.ts). */
const reuseList = path.join(work, `reuse-${key}.json`);

let child: ChildProcess | null = null;

async function main(): Promise<number> {
  const dir = contentDir();
  const started = performance.now();
  // The project, or a folder that holds it, can't be the output: swapping the export in would replace the project.
  if (!path.relative(outDir, root).startsWith('..')) {
    console.error(
      `build stopped: KB_OUT_DIR ${shown(outDir)} would hold the project itself; pick a folder of its own, e.g. out/`,
    );
    return 1;
  }
  if (await writeFrontmatterSchema(root)) console.log(`wrote ${FRONTMATTER_SCHEMA_PATH}`);
  // The code's types are checked while the KB is validated (next build is told to skip its slower check).
  const stopTypeCheck = new AbortController();
  const typesChecked = checkTypes(root, stopTypeCheck.signal);
  const kb = await loadKb(dir);
  for (const d of kb.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(kb.diagnostics)) {
    stopTypeCheck.abort();
    console.error(
      `\nbuild stopped: the KB in ${shown(dir)} has errors (listed above); ${shown(outDir)}/ was left as it was.`,
    );
    return 1;
  }
  console.log(`✓ ${kb.entries.length} entries valid in ${shown(dir)} (${seconds(started)})`);
  const types = await typesChecked;
  if (!types.ok) {
    console.error(
      `${types.output}\n\nbuild stopped: the code has type errors (listed above); ${shown(outDir)}/ was left as it was.`,
    );
    return 1;
  }
  console.log(`✓ types checked (${seconds(started)}); building…`);
  await mkdir(work, { recursive: true });
  const lock = takeBuildLock(lockFile);
  if ('heldBy' in lock) {
    console.error(
      `build stopped: another build (pid ${lock.heldBy}) is writing ${shown(outDir)}/; wait for it to finish, or stop it, then build again.`,
    );
    return 1;
  }
  // What this build leaves behind for no one: its staging folder and the files it handed to next build.
  const cleanUp = async () => {
    await rm(stageDir, { recursive: true, force: true });
    await rm(handoffFile, { force: true });
    await rm(reuseList, { force: true });
    lock.release();
  };
  onInterrupt(async () => {
    child?.kill('SIGTERM');
    await cleanUp();
  });
  try {
    return await buildInto(kb, dir);
  } finally {
    await cleanUp();
  }
}

async function buildInto(kb: Kb, dir: string): Promise<number> {
  const { entries } = kb;
  const ids = entries.map((e) => e.id);
  await writeKbHandoff(handoffFile, kb);
  await rm(stageDir, { recursive: true, force: true });
  const cacheDir = await prepareRenderCache(root);
  const state: BuildState = {
    stamp: codeStamp(root, { ...process.env, KB_CONTENT_DIR: dir }, dir),
    pages: pageHashes(entries),
  };
  const reused = process.env.KB_BUILD_CACHE === '0' ? [] : reusablePages(readState(stateFile), state, outDir);
  await writeFile(reuseList, JSON.stringify(reused));
  if (reused.length > 0)
    console.log(
      `✓ ${reused.length} of ${ids.length} entry pages unchanged since the last build of ${shown(outDir)}/: copied, not generated`,
    );
  // Next writes each page under .next/server/app before exporting; counting them there gives the progress.
  const nextStarted = performance.now();
  const stopProgress = watchProgress(
    path.join(root, '.next', 'server', 'app', 'kb'),
    ids.length - reused.length,
    (line) => console.log(line),
  );
  const running = runNext({
    KB_CONTENT_DIR: dir,
    KB_REUSE_PAGES: reuseList,
    [KB_HANDOFF_ENV]: handoffFile,
    KB_TYPES_CHECKED: '1',
    ...(cacheDir ? { KB_RENDER_CACHE: cacheDir } : {}),
  });
  // Built while next build runs in its own processes; written into the export once it is done.
  const searchIndex = searchIndexJson(entries);
  const status = await running;
  stopProgress();
  console.log(`✓ next build finished (${seconds(nextStarted)})`);
  const after = performance.now();
  if (cacheDir) {
    await compactRenderCache(cacheDir);
    console.log(`✓ render cache kept (${seconds(after)})`);
  }
  if (status !== 0) {
    console.error(`\nnext build failed; ${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  const exportStarted = performance.now();
  try {
    const moved = await exportPages(path.join(root, '.next'), stageDir, path.join(root, 'public'));
    console.log(
      `✓ ${moved} prerendered pages and files exported, with Next's static assets (${seconds(exportStarted)})`,
    );
  } catch (error) {
    console.error(`\nexport failed: ${(error as Error).message}\n${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  if (reused.length > 0) await copyReused(reused);
  const missing = ids.filter((id) => !existsSync(path.join(stageDir, 'kb', `${id}.html`)));
  if (missing.length > 0) {
    const named = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
    console.error(`build incomplete: no page for ${named}\n\n${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  await removePlaceholders(stageDir);
  const indexStarted = performance.now();
  await writeSearchIndex(path.join(stageDir, 'search-index'), searchIndex);
  console.log(`✓ search index written: ${searchIndex.size} files (${seconds(indexStarted)})`);
  const cspStarted = performance.now();
  const secured = await applyPageCsp(stageDir, allowedImageHosts());
  console.log(
    `✓ Content-Security-Policy with inline-script hashes added to ${secured} pages; _headers written (${seconds(cspStarted)})`,
  );
  await rm(stateFile, { force: true });
  await swapIn(stageDir, outDir);
  await writeFile(stateFile, JSON.stringify(state));
  console.log(`✓ ${ids.length} entry pages written to ${shown(outDir)}/`);
  return 0;
}

/**
 * Copies the unchanged entry pages from the last output into the new one, and any script or style file
 * they load that the new build does not have (unchanged code builds the same chunk names; this is in case).
 */
async function copyReused(ids: string[]): Promise<void> {
  for (const id of ids) await cp(path.join(outDir, 'kb', `${id}.html`), path.join(stageDir, 'kb', `${id}.html`));
  // Only content-hashed assets: the build-id folders beside them are per build and no page loads them.
  for (const kind of ['chunks', 'media']) {
    const from = path.join(outDir, '_next', 'static', kind);
    if (!existsSync(from)) continue;
    for (const rel of await readdir(from, { recursive: true })) {
      const target = path.join(stageDir, '_next', 'static', kind, rel);
      if (!existsSync(target)) await cp(path.join(from, rel), target, { recursive: true });
    }
  }
}

/**
 * Runs `next build` as a child that dies with this process: killed on a signal, and, through a watchdog preloaded
 * into it and its workers, exiting when this process is gone (even after a SIGKILL).
 */
function runNext(env: Record<string, string>): Promise<number> {
  const watchdog = path.join(root, 'lib', 'build', 'exit-with-parent.cjs');
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(watchdog)}`.trim();
  return new Promise((resolve) => {
    child = spawn(
      process.execPath,
      ['--require', watchdog, path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions, NEXT_TELEMETRY_DISABLED: '1' },
      },
    );
    child.on('exit', (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`cannot start next build: ${error.message}`);
      resolve(1);
    });
  });
}

/**
 * Puts the finished export in place: the old output is renamed aside, the new one renamed in, the old one
 * removed. Across file systems (an output folder on another disk) the export is copied beside the target first,
 * so the target still changes in one rename.
 */
async function swapIn(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const incoming = `${to}.incoming-${process.pid}`;
  try {
    await rename(from, incoming);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, incoming, { recursive: true });
  }
  const old = `${to}.old-${process.pid}`;
  if (existsSync(to)) await rename(to, old);
  await rename(incoming, to);
  await rm(old, { recursive: true, force: true });
}

/** On Ctrl-C or kill: stop `next build`, remove the staging folder, release the lock, exit. */
function onInterrupt(cleanup: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    console.error(`\nbuild interrupted (${signal}); ${shown(outDir)}/ was left as it was.`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  process.once('exit', () => child?.kill('SIGKILL'));
}

/** A path as the user would type it: relative to the project when inside it, absolute otherwise. */
function shown(p: string): string {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

process.exitCode = await main();
