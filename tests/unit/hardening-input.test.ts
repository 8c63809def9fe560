import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../lib/diagnostics';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';
import { body, entryFile, frontmatter } from './factories';

/** A content folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-hardening-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Nine levels of nine aliases each: 9^9 nodes if expanded. */
function aliasBomb(): string {
  const lines = ['kb_id: BOMB_001', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `---\n${lines.join('\n')}\n---\n\n${body()}\n`;
}

const undefinedAlias = `---\nkb_id: ALIAS_001\ndescription: *undefined_anchor\n---\n\n${body()}\n`;
const otherBroken = entryFile(frontmatter({ kb_id: 'OTHER_001', complexity: 9 }));

describe('YAML alias crash (issue 10 item 1)', () => {
  const dir = folder({ 'ALIAS_001.md': undefinedAlias, 'BOMB_001.md': aliasBomb(), 'OTHER_001.md': otherBroken });

  it('kb validate --format json: an undefined alias and an alias bomb get a diagnostic with file and line; other files still reported', async () => {
    const { io, out } = fakeIO({ cwd: dir });
    const started = Date.now();
    expect(await main(['validate', '--content', dir, '--format', 'json'], io)).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    const found = JSON.parse(out.stdout) as Diagnostic[];
    expect(found).toContainEqual(expect.objectContaining({ file: 'ALIAS_001.md', line: 3, code: 'yaml-syntax' }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'BOMB_001.md', code: 'yaml-syntax' }));
    expect(found.find((d) => d.file === 'BOMB_001.md')!.line).toBeGreaterThan(1);
    expect(found).toContainEqual(expect.objectContaining({ file: 'OTHER_001.md', code: 'out-of-range' }));
  });

  it('kb validate text output names the alias file and line', async () => {
    const { io, out } = fakeIO({ cwd: dir });
    expect(await main(['validate', '--content', dir], io)).toBe(1);
    expect(out.stdout).toMatch(/^ALIAS_001\.md:3:\d+ error yaml-syntax .*anchor/m);
  });

  it('kb search and kb show survive a folder with alias problems', async () => {
    const search = fakeIO({ cwd: dir });
    await expect(main(['search', '--content', dir, 'exec format error'], search.io)).resolves.toBeTypeOf('number');
    const show = fakeIO({ cwd: dir });
    await expect(main(['show', '--content', dir, 'ALIAS_001'], show.io)).resolves.toBeTypeOf('number');
  });

  it('keeps aliases that are legitimate and small', async () => {
    const ok = folder({
      'TEST_ENTRY_001.md': entryFile(frontmatter())
        .replace('technologies:\n  - docker', 'technologies: &t\n  - docker')
        .replace('tags:\n  - docker', 'tags: *t'),
    });
    const { io, out } = fakeIO({ cwd: ok });
    const code = await main(['validate', '--content', ok, '--format', 'json'], io);
    expect(out.stdout).not.toContain('yaml-syntax');
    expect(code).toBe(0);
  });
});

describe('gray-matter engine names (found by the fuzz test)', () => {
  it('a file starting with `---js` or `---&x` gets frontmatter-missing instead of a crash', async () => {
    const dir = folder({ 'A_001.md': '---js\nkb_id: A_001\n---\n', 'B_001.md': '---&k6N&k6N\nkb_id: B_001\n---\n' });
    const { io, out } = fakeIO({ cwd: dir });
    expect(await main(['validate', '--content', dir, '--format', 'json'], io)).toBe(1);
    const found = JSON.parse(out.stdout) as Diagnostic[];
    expect(found.filter((d) => d.code !== 'missing-section').map((d) => `${d.file} ${d.code}`)).toEqual([
      'A_001.md frontmatter-missing',
      'B_001.md frontmatter-missing',
    ]);
  });
});

describe('terminal escapes in file names (issue 10 item 6)', () => {
  it('kb validate escapes a file name with a newline and escape sequences', async () => {
    const name = 'EVIL\n✓ all good \u001b]0;title\u0007\u001b[32m.md';
    const dir = folder({ [name]: '---\nkb_id: [\n---\n' });
    const { io, out } = fakeIO({ cwd: dir });
    expect(await main(['validate', '--content', dir], io)).toBe(1);
    expect(out.stdout + out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(out.stdout).toContain('EVIL\\n✓ all good \\x1b]0;title\\x07');
    expect(out.stdout.split('\n')[0]).toMatch(/^EVIL/);
  });
});
