/**
 * `npm run bench:cli [-- 1000 10000]`: end-to-end times of `kb search -` and `kb show ID` on synthetic KBs,
 * process start included, as a user runs them (`node bin/kb.mjs …`). Cold: an empty cache (the first call
 * after an edit parses every entry and writes the cache); warm: the median of 9 calls after it; no cache:
 * `KB_CACHE_DIR=off`, which parses every entry on every call. Prints a Markdown table.
 *
 * Where the environment sets NODE_EXTRA_CA_CERTS, Node reads that certificate file at every process start, before
 * any of the CLI's code runs (`node -e 0`: 100 ms with this machine's system bundle, 62 ms without): the table then
 * adds the warm figure with the variable unset, and a line gives `node -e 0` both ways.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticKb } from './synthetic-kb';

const root = path.resolve(import.meta.dirname, '../..');
const sizes = parseArgs({ allowPositionals: true })
  .positionals.filter((a) => /^\d+$/.test(a))
  .map(Number);

const EXTRA_CA = 'NODE_EXTRA_CA_CERTS';
const withoutExtraCa = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const rest = { ...env };
  delete rest[EXTRA_CA];
  return rest;
};

function time(args: string[], env: Record<string, string>, stdin?: string, base = process.env): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['bin/kb.mjs', ...args], {
    cwd: root,
    env: { ...base, ...env },
    input: stdin,
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`kb ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/** Median of 9 bare `node -e 0` starts in `env`, in ms. */
function nodeStart(env: NodeJS.ProcessEnv): number {
  const once = () => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - start;
  };
  return median(Array.from({ length: 9 }, once));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

async function main(): Promise<void> {
  time(['--help'], {}); // compile the CLI bundle first, so no row pays for it
  const extraCa = process.env[EXTRA_CA];
  const rows: string[] = [];
  for (const n of sizes.length ? sizes : [1000, 10000]) {
    const kb = mkdtempSync(path.join(tmpdir(), `kb-cli-${n}-`));
    await writeSyntheticKb(kb, n);
    const id = `SYN_GIT_${String(2).padStart(5, '0')}`;
    const query = `2026-12-03T10:00:00Z git: error 1002: connection refused at /var/lib/git/cache\n`;
    for (const [name, args, stdin] of [
      ['kb search -', ['search', '-', '--content', kb], query],
      ['kb show ID', ['show', id, '--content', kb], undefined],
    ] as const) {
      const cache = mkdtempSync(path.join(tmpdir(), 'kb-cache-'));
      const env = { KB_CACHE_DIR: cache };
      const none = time([...args], { KB_CACHE_DIR: 'off' }, stdin);
      const cold = time([...args], env, stdin);
      const warm = median(Array.from({ length: 9 }, () => time([...args], env, stdin)));
      const bare = extraCa
        ? ` ${fmt(median(Array.from({ length: 9 }, () => time([...args], env, stdin, withoutExtraCa(process.env)))))} |`
        : '';
      rows.push(`| ${n.toLocaleString('en')} | \`${name}\` | ${fmt(none)} | ${fmt(cold)} | **${fmt(warm)}** |${bare}`);
      console.log(rows.at(-1));
      rmSync(cache, { recursive: true, force: true });
    }
    rmSync(kb, { recursive: true, force: true });
  }
  const unset = extraCa ? ` warm, ${EXTRA_CA} unset |` : '';
  console.log(
    [
      '',
      `| entries | command | no cache | cold (writes the cache) | warm (median of 9) |${unset}`,
      `|---:|---|---:|---:|---:|${extraCa ? '---:|' : ''}`,
      ...rows,
      '',
      extraCa
        ? `\`node -e 0\` (median of 9): ${fmt(nodeStart(process.env))} with ${EXTRA_CA}=${extraCa}, ` +
          `${fmt(nodeStart(withoutExtraCa(process.env)))} without`
        : `\`node -e 0\` (median of 9): ${fmt(nodeStart(process.env))}`,
    ].join('\n'),
  );
}

await main();
