/**
 * The project's build against a bare Next.js static export of the same Markdown, side by side in one run:
 *
 *   npx tsx scripts/bench/build-compare.ts [1000 5000] [--runs 1]
 *
 * For each size: a synthetic KB (scripts/bench/synthetic-kb.ts) in bench-results/kb-<n>; then, alternating
 * bare and project, a full build (no compile cache: `.next/` removed; the project's render cache emptied)
 * and a rebuild after one entry's text changed (caches and last output as the full build left them). The bare app
 * (`bare-app.ts`) is what a Next.js blog starter does: one page per entry, Markdown to HTML through
 * remark/rehype, plus an index; the same Next.js and the same page-generation workers.
 * Time is wall time; memory is the peak of the build's whole process tree, sampled every 250 ms from
 * /proc, and the largest single process (GNU time, when installed). Prints a Markdown table and writes
 * it to bench-results/build-compare.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareApp } from './bare-app';
import { writeSyntheticKb } from './synthetic-kb';

const root = path.resolve(import.meta.dirname, '../..');
const results = path.join(root, 'bench-results');
const args = parseArgs({ options: { runs: { type: 'string', default: '1' } }, allowPositionals: true });
const runs = Number(args.values.runs) || 1;
const sizes = args.positionals.filter((a) => /^\d+$/.test(a)).map(Number);

/** One measured build. */
interface Run {
  seconds: number;
  /** Peak RSS of the whole process tree, MiB. */
  treeMiB: number;
  /** Peak RSS of the largest process (GNU time), MiB; null without /usr/bin/time. */
  largestMiB: number | null;
}

/** Sum of the resident memory of `pid` and all its descendants, in KiB. */
function treeRssKiB(pid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4);
    } catch {
      // The process ended while the table was read.
    }
  }
  let total = 0;
  for (const [p] of rss) {
    for (let q: number | undefined = p; q; q = parent.get(q))
      if (q === pid) {
        total += rss.get(p) ?? 0;
        break;
      }
  }
  return total;
}

/** Runs a command, sampling its process tree's memory; throws when it fails. */
function measure(command: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'PEAK_KB=%M', ...command] : command;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(timed[0], timed.slice(1), {
      cwd,
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let log = '';
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid ?? -1))), 250);
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) return reject(new Error(`${command.join(' ')} failed (${code}):\n${log.slice(-3000)}`));
      const largest = /PEAK_KB=(\d+)/.exec(log);
      resolve({ seconds, treeMiB: peak / 1024, largestMiB: largest ? Number(largest[1]) / 1024 : null });
    });
  });
}

/** Changes one entry's prose (a sentence after its first paragraph), as an author's edit would. */
async function touchOneEntry(kb: string, round: number): Promise<void> {
  const file = path.join(
    kb,
    readdirSync(kb)
      .filter((f) => f.endsWith('.md'))
      .sort()[0],
  );
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n---\n') + 5;
  const body = text.slice(end).replace('\n\n', `\n\nEdited for the rebuild benchmark, round ${round}.\n\n`);
  await writeFile(file, text.slice(0, end) + body);
}

const fmt = (r: Run) => `${r.seconds.toFixed(1)} s`;
const mem = (r: Run) => `${r.treeMiB.toFixed(0)} MiB${r.largestMiB === null ? '' : ` (${r.largestMiB.toFixed(0)})`}`;
const median = (xs: Run[]) => [...xs].sort((a, b) => a.seconds - b.seconds)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const rows: string[] = [];
  const bareDir = await mkdtemp(path.join(os.tmpdir(), 'kb-bare-next-'));
  try {
    await writeBareApp(bareDir, root);
    for (const n of sizes.length ? sizes : [1000]) {
      const kb = path.join(results, `kb-${n}`);
      await writeSyntheticKb(kb, n);
      const projectOut = path.join(results, `out-${n}`);
      const bare = { full: [] as Run[], rebuild: [] as Run[] };
      const project = { full: [] as Run[], rebuild: [] as Run[] };
      for (let i = 0; i < runs; i++) {
        await rm(path.join(bareDir, '.next'), { recursive: true, force: true });
        bare.full.push(
          await measure([process.execPath, 'node_modules/next/dist/bin/next', 'build'], bareDir, { KB_MD_DIR: kb }),
        );
        await rm(path.join(root, '.next'), { recursive: true, force: true });
        await rm(path.join(root, 'node_modules/.cache/kb-render'), { recursive: true, force: true });
        // No last output either, so no entry page can be copied from it (lib/build/partial.ts).
        await rm(projectOut, { recursive: true, force: true });
        project.full.push(await measure(['npm', 'run', 'build'], root, { KB_CONTENT_DIR: kb, KB_OUT_DIR: projectOut }));
        await touchOneEntry(kb, i);
        bare.rebuild.push(
          await measure([process.execPath, 'node_modules/next/dist/bin/next', 'build'], bareDir, { KB_MD_DIR: kb }),
        );
        project.rebuild.push(
          await measure(['npm', 'run', 'build'], root, { KB_CONTENT_DIR: kb, KB_OUT_DIR: projectOut }),
        );
        console.log(
          `${n}: bare ${fmt(bare.full[i])} / ${fmt(bare.rebuild[i])}, project ${fmt(project.full[i])} / ${fmt(project.rebuild[i])}`,
        );
      }
      const [bf, br, pf, pr] = [median(bare.full), median(bare.rebuild), median(project.full), median(project.rebuild)];
      rows.push(
        `| ${n.toLocaleString('en')} | ${fmt(bf)} | ${fmt(pf)} | **${(pf.seconds / bf.seconds).toFixed(2)}×** | ${fmt(br)} | ${fmt(pr)} | **${(pr.seconds / pf.seconds).toFixed(2)}×** | ${mem(bf)} | ${mem(pf)} |`,
      );
    }
  } finally {
    await rm(bareDir, { recursive: true, force: true });
  }
  const table = [
    `| entries | bare: full build | project: full build | project ÷ bare | bare: rebuild, 1 entry changed | project: rebuild, 1 entry changed | project rebuild ÷ full | bare: peak memory | project: peak memory |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  await mkdir(results, { recursive: true });
  await writeFile(
    path.join(results, 'build-compare.md'),
    `${table}\n\nruns per figure: ${runs} (median); memory: whole process tree (largest process)\n`,
  );
  console.log(`\n${table}`);
}

await main();
