import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Fuzz: error strings built from fragments that have caught the matcher before (fuzz/search-strings-child.ts), searched
 * with themselves and with their values filled, never hang and never take more than the bound. In a child process, so
 * an endless loop (as an example value with `...` inside it once caused) fails by timeout instead of hanging the suite.
 * 300 runs by default (about 4 s; with the loop back in, 4 of 6 seeds at 200 runs hung); run longer with KB_FUZZ_RUNS=2000; KB_FUZZ_SEED=<n> replays a run.
 */
describe('fuzz: search over strings built from hostile fragments', () => {
  it('answers every string and its filled-in line, within the bound', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/unit/fuzz/search-strings-child.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, KB_FUZZ_RUNS: process.env.KB_FUZZ_RUNS ?? '300' },
    });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^ok \d+$/);
  }, 130_000);
});
