import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { loadKb } from '../../lib/content/kb';
import { parseEntryFile } from '../../lib/content/entry';
import { MAX_ENTRY_CHARS, MAX_NESTING } from '../../lib/parse/limits';
import { fakeIO } from './cli-helpers';
import { body, entryFile, frontmatter } from './factories';

/**
 * An entry's size and nesting have limits (lib/parse/limits.ts, docs/security.md). Past them the entry gets one error
 * that says so, and nothing crashes: thousands of nested `>` made marked overflow the stack, and `kb validate` died
 * with a RangeError (twenty-third session).
 */
const withContext = (context: string) =>
  entryFile(frontmatter(), body({ rest: `## 💡 Context (optional)\n\n${context}` }));
const quotes = (levels: number) => `${'> '.repeat(levels)}deep`;

describe('the entry size limit', () => {
  it('reads an entry at the limit, and gives one error past it, naming both sizes', () => {
    const base = withContext('');
    const fits = withContext('x'.repeat(MAX_ENTRY_CHARS - base.length));
    expect(fits.length).toBe(MAX_ENTRY_CHARS);
    expect(parseEntryFile('TEST_ENTRY_001.md', fits).entry).not.toBeNull();
    const over = `${fits}x`;
    const parsed = parseEntryFile('TEST_ENTRY_001.md', over);
    expect(parsed.entry).toBeNull();
    expect(parsed.diagnostics).toMatchObject([{ code: 'entry-too-large', severity: 'error', line: 1 }]);
    expect(parsed.diagnostics[0].message).toContain('65,537 characters');
  });
});

describe('the nesting limit', () => {
  it(`reads ${MAX_NESTING} levels of quotes, and points at the line past them`, () => {
    expect(parseEntryFile('TEST_ENTRY_001.md', withContext(quotes(MAX_NESTING))).diagnostics).toEqual([]);
    const text = withContext(quotes(MAX_NESTING + 1));
    const { diagnostics } = parseEntryFile('TEST_ENTRY_001.md', text);
    expect(diagnostics).toMatchObject([{ code: 'markdown-too-deep', severity: 'error' }]);
    expect(text.split('\n')[diagnostics[0].line - 1]).toContain('> > >');
  });

  it.each([
    ['quotes that overflowed the stack', quotes(6_000)],
    ['quotes without spaces', '>'.repeat(20_000)],
    ['nested numbered lists', `${'1. '.repeat(10_000)}x`],
    ['nested bullets', `${'- '.repeat(10_000)}x`],
  ])('gives an error, not a crash, for %s', (_, context) => {
    const { diagnostics } = parseEntryFile('TEST_ENTRY_001.md', withContext(context));
    expect(diagnostics.map((d) => d.code)).toEqual(['markdown-too-deep']);
  });

  it('keeps the rest of the KB: kb validate reports the entry and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-deep-'));
    writeFileSync(path.join(dir, 'TEST_ENTRY_001.md'), withContext(quotes(6_000)));
    writeFileSync(path.join(dir, 'OTHER_ENTRY_001.md'), entryFile(frontmatter({ kb_id: 'OTHER_ENTRY_001' })));
    const kb = await loadKb(dir);
    expect(kb.entries.map((e) => e.id)).toEqual(['OTHER_ENTRY_001']);
    const { io, out } = fakeIO();
    expect(await main(['validate', '--content', dir], io)).toBe(1);
    expect(out.stdout + out.stderr).toContain('markdown-too-deep');
  });

  it('kb import says why it cannot read such a post, writes nothing for it and exits 1', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kb-import-deep-'));
    mkdirSync(path.join(cwd, 'drafts'));
    writeFileSync(path.join(cwd, 'deep.md'), `# Deep\n\n${quotes(6_000)}\n`);
    writeFileSync(path.join(cwd, 'large.md'), `# Large\n\n${'x'.repeat(MAX_ENTRY_CHARS)}\n`);
    const { io, out } = fakeIO({ cwd });
    expect(await main(['import', 'deep.md', 'large.md', '--content', 'drafts'], io)).toBe(1);
    expect(out.stderr).toContain('deep.md: lists or block quotes nest more than 100 levels deep');
    expect(out.stderr).toContain('large.md: the entry has');
    expect(existsSync(path.join(cwd, 'drafts', 'DEEP_001.md'))).toBe(false);
    expect(out.stdout).toBe('');
  });
});
