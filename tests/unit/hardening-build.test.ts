import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../lib/diagnostics';
import { acquireBuildLock, BuildLockedError } from '../../lib/build/lock';
import { outDirProblem } from '../../lib/build/out-dir';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';
import { entryFile, frontmatter } from './factories';

const root = path.resolve(import.meta.dirname, '../..');
const temp = () => mkdtempSync(path.join(tmpdir(), 'kb-hardening-build-'));

function build(env: Record<string, string>) {
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env },
  });
}

describe('validate passes, build fails (issue 10 item 4)', () => {
  it('empty content folder: the build writes a site that says the KB is empty', () => {
    const content = temp();
    const out = path.join(temp(), 'out');
    const run = build({ KB_CONTENT_DIR: content, KB_OUT_DIR: out });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('This knowledge base is empty');
    expect(readdirSync(path.dirname(out))).toEqual(['out']);
  });

  it('300-character tag: kb validate reports too-long with file and line, so the build never starts', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'TEST_ENTRY_001.md'), entryFile(frontmatter({ tags: ['docker', 'a'.repeat(300)] })));
    const { io, out } = fakeIO({ cwd: dir });
    expect(await main(['validate', '--content', dir, '--format', 'json'], io)).toBe(1);
    const found = JSON.parse(out.stdout) as Diagnostic[];
    expect(found).toEqual([expect.objectContaining({ file: 'TEST_ENTRY_001.md', code: 'too-long', line: expect.any(Number) })]);
    expect(found[0].line).toBeGreaterThan(1);
    expect(found[0].message).toContain('limit is 64');
  });

  it('KB_OUT_DIR outside the project: one clear line, exit 1, nothing written', () => {
    const out = path.join(temp(), 'site');
    const run = build({ KB_CONTENT_DIR: 'e2e/fixtures/kb', KB_OUT_DIR: out });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^build stopped: KB_OUT_DIR must be inside the project folder/)]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(run.stdout).not.toContain('building');
  });

  it('outDirProblem accepts out/ and refuses the root and source folders', () => {
    expect(outDirProblem('/p', '/p/out')).toBeNull();
    expect(outDirProblem('/p', '/p')).toMatch(/project folder itself/);
    expect(outDirProblem('/p', '/p/content')).toMatch(/source folder/);
    expect(outDirProblem('/p', '/elsewhere/out')).toMatch(/inside the project/);
  });
});

describe('concurrent builds (issue 10 item 5)', () => {
  it('a second build fails with a clear message while the first holds the lock, before touching staging', async () => {
    const parent = temp();
    const out = path.join(parent, 'out');
    const lock = await acquireBuildLock(`${out}.lock`);
    mkdirSync(`${out}.staging`);
    writeFileSync(path.join(`${out}.staging`, 'first.html'), 'first build in progress');
    try {
      const run = build({ KB_CONTENT_DIR: temp(), KB_OUT_DIR: out });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`another build \\(pid ${process.pid}\\) is running`));
      expect(readFileSync(path.join(`${out}.staging`, 'first.html'), 'utf8')).toBe('first build in progress');
      await expect(acquireBuildLock(`${out}.lock`, { waitMs: 100, pollMs: 20 })).rejects.toBeInstanceOf(BuildLockedError);
    } finally {
      lock.release();
    }
    const again = await acquireBuildLock(`${out}.lock`);
    again.release();
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('a lock left by a dead process is taken over', async () => {
    const lockPath = path.join(temp(), 'out.lock');
    writeFileSync(lockPath, '999999999\n');
    const lock = await acquireBuildLock(lockPath);
    expect(readFileSync(lockPath, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });
});
