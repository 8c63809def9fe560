import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { body, entryFile, frontmatter } from './factories';
import { fakeIO } from './cli-helpers';

/** A KB with an undefined alias, a billion-laughs file, a file with another error, and a valid entry. */
function kb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-alias-'));
  const valid = entryFile(frontmatter({ kb_id: 'GOOD_ENTRY_001' }), body());
  writeFileSync(path.join(dir, 'GOOD_ENTRY_001.md'), valid);
  writeFileSync(
    path.join(dir, 'ALIAS_UNDEF_001.md'),
    valid.replace('GOOD_ENTRY_001', 'ALIAS_UNDEF_001').replace('category: devops', 'category: *undefined_anchor'),
  );
  const laughs = [
    'l0: &l0 [x, x, x, x, x, x, x, x, x]',
    ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`),
  ];
  writeFileSync(
    path.join(dir, 'ALIAS_BOMB_001.md'),
    valid.replace('GOOD_ENTRY_001', 'ALIAS_BOMB_001').replace('related_kb: []', `related_kb: []\n${laughs.join('\n')}`),
  );
  writeFileSync(
    path.join(dir, 'BAD_DATE_001.md'),
    entryFile(frontmatter({ kb_id: 'BAD_DATE_001', created: '2026-02-30' }), body()),
  );
  return dir;
}

describe('a YAML alias crashes every command (issue 10, case 1)', () => {
  it('kb validate reports both alias files at the alias, and the other file too, exit 1', async () => {
    const { io, out } = fakeIO();
    const started = performance.now();
    expect(await main(['validate', '--content', kb()], io)).toBe(1);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out.stdout).toMatch(
      /ALIAS_UNDEF_001\.md:\d+:\d+ error yaml-syntax .*alias \*undefined_anchor refers to no anchor/,
    );
    expect(out.stdout).toMatch(/ALIAS_BOMB_001\.md:\d+:\d+ error yaml-syntax .*aliases expand too far/);
    expect(out.stdout).toContain('BAD_DATE_001.md');
    expect(out.stderr).toContain('1 entries valid');
  });

  it('kb validate --format json still prints every diagnostic', async () => {
    const { io, out } = fakeIO();
    await main(['validate', '--content', kb(), '--format', 'json'], io);
    const files = new Set((JSON.parse(out.stdout) as { file: string }[]).map((d) => path.basename(d.file)));
    expect(files).toEqual(new Set(['ALIAS_UNDEF_001.md', 'ALIAS_BOMB_001.md', 'BAD_DATE_001.md']));
  });

  it('kb search and kb show keep working on the valid entries', async () => {
    const dir = kb();
    const search = fakeIO({ env: { KB_CACHE_DIR: 'off' } });
    expect(await main(['search', '--content', dir, 'exec format error'], search.io)).toBe(0);
    expect(search.out.stdout).toContain('GOOD_ENTRY_001');
    const show = fakeIO({ env: { KB_CACHE_DIR: 'off' } });
    expect(await main(['show', '--content', dir, 'GOOD_ENTRY_001'], show.io)).toBe(0);
  });
});
