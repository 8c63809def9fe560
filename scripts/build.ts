/**
 * `npm run build`: validate the KB, then `next build` into a staging folder, then swap it in.
 * An invalid KB never reaches `next build`; a failed build leaves the last good output as it was.
 * KB_CONTENT_DIR picks the content folder, KB_OUT_DIR the output folder (default `out`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pruneExport } from '../lib/build/prune-export';
import { formatDiagnostic, hasErrors } from '../lib/diagnostics';
import { contentDir, loadKb } from '../lib/kb';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.KB_OUT_DIR || 'out');
const stageDir = `${outDir}.staging`;

async function main(): Promise<number> {
  const dir = contentDir();
  const kb = await loadKb(dir);
  for (const d of kb.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(kb.diagnostics)) {
    console.error(`\nbuild stopped: the KB in ${shown(dir)} has errors (listed above); ${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  console.log(`✓ ${kb.entries.length} entries valid in ${shown(dir)}; building…`);
  await rm(stageDir, { recursive: true, force: true });
  const next = spawnSync(process.execPath, [nextBin(), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KB_CONTENT_DIR: dir, KB_DIST_DIR: path.relative(root, stageDir), NEXT_TELEMETRY_DISABLED: '1' },
  });
  const missing = next.status === 0 ? kb.entries.filter((e) => !existsSync(path.join(stageDir, 'kb', `${e.id}.html`))) : [];
  if (next.status !== 0 || missing.length > 0) {
    if (missing.length) console.error(`build incomplete: no page for ${missing.map((e) => e.id).join(', ')}`);
    await rm(stageDir, { recursive: true, force: true });
    console.error(`\nnext build failed; ${shown(outDir)}/ was left as it was.`);
    return 1;
  }
  const pruned = await pruneExport(stageDir);
  console.log(`✓ removed ${pruned.removed.length} RSC payload files (${(pruned.bytes / 1024 / 1024).toFixed(1)} MB) not needed without client-side navigation`);
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(stageDir, outDir);
  await rm(old, { recursive: true, force: true });
  console.log(`✓ ${kb.entries.length} entry pages written to ${shown(outDir)}/`);
  return 0;
}

/** A path as the user would type it: relative to the project when inside it, absolute otherwise. */
function shown(p: string): string {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function nextBin(): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

process.exitCode = await main();
