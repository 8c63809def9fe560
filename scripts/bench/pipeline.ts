/**
 * `npm run bench [-- 1000 5000] [--validate-only]`: generates synthetic KBs and times `kb validate`
 * and the full build (`npm run build`): wall time, peak memory (largest process, GNU time),
 * bytes of the export per entry. Prints a Markdown table; results also go to bench-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticKb } from './synthetic-kb';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'bench-results');
const args = parseArgs({ options: { 'validate-only': { type: 'boolean', default: false } }, allowPositionals: true });
const sizes = args.positionals.filter((a) => /^\d+$/.test(a)).map(Number);
const validateOnly = args.values['validate-only'];

interface Run {
  seconds: number;
  peakMiB: number | null;
  ok: boolean;
}

/** Runs a command under GNU time when available; returns wall time and peak RSS. */
function measure(command: string[], env: Record<string, string>): Run {
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'PEAK_KB=%M', ...command] : command;
  const start = performance.now();
  const r = spawnSync(timed[0], timed.slice(1), {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  return {
    seconds,
    peakMiB: peak ? Number(peak[1]) / 1024 : null,
    ok: r.status === 0 || (command.includes('validate') && /entries valid/.test(r.stderr ?? '')),
  };
}

function du(dir: string): number {
  const r = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(r.stdout.split('\t')[0]);
}

const fmt = (run: Run) =>
  `${run.seconds.toFixed(1)} s | ${run.peakMiB === null ? 'n/a' : `${run.peakMiB.toFixed(0)} MiB`}`;

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const n of sizes.length ? sizes : [1000, 5000]) {
    const kb = path.join(work, `kb-${n}`);
    await writeSyntheticKb(kb, n);
    const validate = measure([process.execPath, 'bin/kb.mjs', 'validate', '--content', kb], {});
    if (!validate.ok) throw new Error(`kb validate failed on ${kb}`);
    let build = 'skipped | skipped | skipped';
    if (!validateOnly) {
      const out = path.join(work, `out-${n}`);
      const run = measure(['npm', 'run', 'build'], { KB_CONTENT_DIR: kb, KB_OUT_DIR: out });
      build = run.ok ? `${fmt(run)} | ${(du(out) / n / 1024).toFixed(1)} KiB` : 'FAILED | | ';
    }
    const row = `| ${n.toLocaleString('en')} | ${fmt(validate)} | ${build} |`;
    console.log(row);
    rows.push(row);
  }
  const table = [
    '| entries | validate: wall | validate: peak RSS | build: wall | build: peak RSS | export per entry |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  await mkdir(work, { recursive: true });
  await writeFile(path.join(work, 'pipeline.md'), `${table}\n`);
  console.log(`\n${table}`);
}

await main();
