import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const damaged = 'Prose with a dash â€” and cafÃ© here.\n';
const repaired = 'Prose with a dash — and café here.\n';

function dirWith(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-hardening-fix-'));
  writeFileSync(path.join(dir, name), content);
  return dir;
}

async function fix(dir: string, ...args: string[]) {
  const { io, out } = fakeIO({ cwd: dir });
  const code = await main(['fix-encoding', ...args], io);
  return { code, ...out };
}

describe('kb fix-encoding --write damage (issue 10 item 3)', () => {
  it('invalid UTF-8 plus mojibake: refuses, says where, leaves every byte as it was', async () => {
    const bytes = Buffer.concat([Buffer.from('line one\nbad byte \xff here\n', 'latin1'), Buffer.from(damaged)]);
    const dir = dirWith('E.md', bytes);
    const run = await fix(dir, 'E.md', '--write');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /E\.md: the file is not valid UTF-8 \(1 invalid byte sequence, the first at line 2, column 10\); not changed/,
    );
    expect(readFileSync(path.join(dir, 'E.md')).equals(bytes)).toBe(true);
  });

  it('mojibake only inside a code span (starter entry PY_UNICODE_DECODE_001): not changed', async () => {
    const original = readFileSync(path.join(root, 'content/PY_UNICODE_DECODE_001.md'), 'utf8');
    const dir = dirWith('PY_UNICODE_DECODE_001.md', original);
    const run = await fix(dir, 'PY_UNICODE_DECODE_001.md', '--write');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('only inside code spans or fenced code');
    expect(readFileSync(path.join(dir, 'PY_UNICODE_DECODE_001.md'), 'utf8')).toBe(original);
  });

  it('read-only file: refused and still read-only', async () => {
    const dir = dirWith('R.md', damaged);
    chmodSync(path.join(dir, 'R.md'), 0o444);
    const run = await fix(dir, 'R.md', '--write');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('R.md: the file is read-only');
    expect(readFileSync(path.join(dir, 'R.md'), 'utf8')).toBe(damaged);
    expect(statSync(path.join(dir, 'R.md')).mode & 0o777).toBe(0o444);
  });

  it('keeps the file mode', async () => {
    const dir = dirWith('M.md', damaged);
    chmodSync(path.join(dir, 'M.md'), 0o640);
    expect((await fix(dir, 'M.md', '--write')).code).toBe(0);
    expect(readFileSync(path.join(dir, 'M.md'), 'utf8')).toBe(repaired);
    expect(statSync(path.join(dir, 'M.md')).mode & 0o777).toBe(0o640);
  });

  it('symlink: the target is repaired and the link stays a link', async () => {
    const dir = dirWith('T.md', damaged);
    symlinkSync('T.md', path.join(dir, 'L.md'));
    const run = await fix(dir, 'L.md', '--write');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('symlink: repaired its target');
    expect(lstatSync(path.join(dir, 'L.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'T.md'), 'utf8')).toBe(repaired);
  });

  it('hard link: written in place, both names see the repair', async () => {
    const dir = dirWith('H.md', damaged);
    linkSync(path.join(dir, 'H.md'), path.join(dir, 'H2.md'));
    const inode = statSync(path.join(dir, 'H.md')).ino;
    expect((await fix(dir, 'H.md', '--write')).code).toBe(0);
    expect(statSync(path.join(dir, 'H.md')).ino).toBe(inode);
    expect(statSync(path.join(dir, 'H.md')).nlink).toBe(2);
    expect(readFileSync(path.join(dir, 'H2.md'), 'utf8')).toBe(repaired);
  });

  it('no temp file is left behind, also when killed (SIGTERM) in the middle of the write', () => {
    const dir = dirWith('K.md', damaged);
    const script = `
      import { readdirSync } from 'node:fs';
      import { replaceFileText } from ${JSON.stringify(path.join(root, 'lib/encoding/safe-write.ts'))};
      const dir = ${JSON.stringify(dir)};
      const timer = setInterval(() => {
        if (readdirSync(dir).some((n) => n.endsWith('.tmp'))) { console.log('temp seen'); clearInterval(timer); process.kill(process.pid, 'SIGTERM'); }
      }, 0);
      await replaceFileText(dir + '/K.md', 'x'.repeat(300 * 1024 * 1024));
      console.log('finished');
    `;
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('temp seen');
    expect(run.stdout).not.toContain('finished');
    expect(run.status).toBe(143);
    expect(readdirSync(dir)).toEqual(['K.md']);
    expect(readFileSync(path.join(dir, 'K.md'), 'utf8')).toBe(damaged);
  });

  it('file names with control characters are printed escaped', async () => {
    const dir = dirWith('A\u001b]0;x\u0007.md', damaged);
    const run = await fix(dir, 'A\u001b]0;x\u0007.md');
    expect(run.stdout).toContain('A\\x1b]0;x\\x07.md');
    expect(run.stdout).not.toContain('\u001b');
  });
});
