import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from '../../lib/build/lock';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const env = (content: string, out: string) => ({
  ...process.env,
  KB_CONTENT_DIR: content,
  KB_OUT_DIR: out,
  KB_BUILD_CPUS: '1',
});

describe('builds: a lock before staging (issue 10, case 5)', () => {
  it("a second build of the same output fails at once with a clear message; a dead holder's lock is taken over", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kb-lock-')), 'x.lock');
    const first = takeBuildLock(file, process.pid);
    expect('release' in first).toBe(true);
    expect(takeBuildLock(file, 424242)).toEqual({ heldBy: process.pid });
    if ('release' in first) first.release();
    writeFileSync(file, '999999999\n'); // a pid that cannot be running
    const taken = takeBuildLock(file, process.pid);
    expect('release' in taken).toBe(true);
    if ('release' in taken) taken.release();
    expect(existsSync(file)).toBe(false);
  });

  it('a killed build stops its next build, removes its staging folder and releases the lock', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kb-kill-')), 'out');
    const run = spawn(tsx, ['scripts/build.ts'], { cwd: root, env: env('e2e/fixtures/kb', out) });
    let output = '';
    run.stdout.on('data', (d) => (output += d));
    run.stderr.on('data', (d) => (output += d));
    const started = 'Creating an optimized production build';
    await new Promise<void>((resolve, reject) => {
      const wait = setInterval(() => output.includes(started) && (clearInterval(wait), resolve()), 100);
      // A build that fails first (a type error anywhere, tests included) must fail this test at once, saying why,
      // not leave it waiting for its time limit.
      run.once('exit', (code) => {
        clearInterval(wait);
        if (!output.includes(started))
          reject(new Error(`the build ended (exit ${code}) before \`next build\` began:\n${output.slice(-3000)}`));
      });
    });
    run.kill('SIGTERM');
    await new Promise((resolve) => run.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(output).toContain('build interrupted (SIGTERM)');
    const left = spawnSync('pgrep', ['-f', 'next/dist/bin/next build'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    const environ = (pid: string) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8');
      } catch {
        return '';
      }
    };
    const ours = left.filter((pid) => environ(pid).includes(out));
    expect(ours).toEqual([]);
    expect(existsSync(out)).toBe(false);
    const key = createHash('sha256').update(out).digest('hex').slice(0, 12);
    expect(existsSync(path.join(root, '.kb-build', `${key}.lock`))).toBe(false);
    expect(existsSync(path.join(root, '.kb-build', `stage-${key}`))).toBe(false);
    expect(existsSync(path.join(root, '.kb-build', `kb-${key}.json`))).toBe(false);
    expect(existsSync(path.join(root, '.kb-build', `reuse-${key}.json`))).toBe(false);
  }, 120_000);
});

describe('validate passes, build fails (issue 10, case 4)', () => {
  it('an empty content folder builds a site that says it is empty, into a folder outside the project', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'kb-empty-'));
    mkdirSync(path.join(base, 'content'));
    const out = path.join(base, 'site');
    const run = spawnSync(tsx, ['scripts/build.ts'], {
      cwd: root,
      env: env(path.join(base, 'content'), out),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('This knowledge base has no entries yet');
    expect(readdirSync(path.join(out, 'kb'))).toEqual([]);
    // The search index is written by the build itself; the route's placeholder is gone.
    expect(readdirSync(path.join(out, 'search-index'))).toContain('manifest.json');
    expect(readdirSync(path.join(out, 'search-index'))).not.toContain('_none');
    // What the build kept for the next one: its state and nothing it handed to next build.
    const key = createHash('sha256').update(out).digest('hex').slice(0, 12);
    expect(readdirSync(path.join(root, '.kb-build')).filter((f) => f.includes(key))).toEqual([`state-${key}.json`]);
  }, 300_000);
});
