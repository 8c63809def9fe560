import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../lib/content/frontmatter';
import { decode, isEntryFile, listEntryFiles } from '../../lib/content/load';
import { validateFrontmatter } from '../../lib/content/validate';
import { entryFile, frontmatter } from './factories';

describe('load', () => {
  it('lists entry files recursively, skipping README, hidden and _-prefixed files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-load-'));
    for (const f of ['A_001.md', 'README.md', '.draft.md', '_wip/B_001.md', 'sub/C_001.md', 'notes.txt']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'x');
    }
    expect(await listEntryFiles(dir)).toEqual(['A_001.md', 'sub/C_001.md']);
    expect(isEntryFile('CHANGELOG.md')).toBe(false);
  });

  it('decodes UTF-8, drops a BOM, normalises CRLF, and flags invalid bytes', () => {
    expect(decode(new TextEncoder().encode('\uFEFFa\r\nb'))).toEqual({ text: 'a\nb', invalidUtf8: false });
    expect(decode(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ text: 'a\uFFFDb', invalidUtf8: true });
  });
});

describe('splitFrontmatter', () => {
  it('returns the data, the body and the line where the body starts', () => {
    const split = splitFrontmatter(entryFile(frontmatter(), '# Title'));
    expect(split.diagnostics).toEqual([]);
    expect(split.data).toMatchObject({ kb_id: 'TEST_ENTRY_001', created: '2026-02-17' });
    expect(split.body.trim()).toBe('# Title');
    expect(split.bodyLine).toBe(14);
  });

  it('keeps unquoted dates as strings (YAML 1.2)', () => {
    const split = splitFrontmatter('---\ncreated: 2026-02-17\n---\nbody');
    expect(split.data).toEqual({ created: '2026-02-17' });
  });

  it('positions fields, list items and nested keys', () => {
    const split = splitFrontmatter(
      '---\nkb_id: A_001\ntags:\n  - one\n  - two\nvariables:\n  PORT:\n    pattern: "x"\n---\n',
    );
    expect(split.positionOf(['tags', 1])).toEqual({ line: 5, column: 5 });
    expect(split.positionOf(['variables', 'PORT', 'pattern'])).toEqual({ line: 8, column: 5 });
    expect(split.positionOf(['missing'])).toEqual({ line: 2, column: 1 });
  });

  it('reports a duplicate key at its line', () => {
    const split = splitFrontmatter('---\nkb_id: A_001\nkb_id: B_001\n---\n');
    expect(split.diagnostics.map((d) => [d.line, d.code])).toEqual([[3, 'yaml-syntax']]);
  });
});

describe('validateFrontmatter', () => {
  it('is the only place a typed Frontmatter is born, with defaults filled', () => {
    const split = splitFrontmatter(entryFile(frontmatter({ tags: undefined, related_kb: undefined })));
    const { meta, diagnostics } = validateFrontmatter(split.data, split.positionOf);
    expect(diagnostics).toEqual([]);
    expect(meta).toMatchObject({ tags: [], related_kb: [], variables: {} });
  });

  it('rejects tags that are not lower-case slugs', () => {
    const split = splitFrontmatter(entryFile(frontmatter({ tags: ['Docker Hub'] })));
    const { diagnostics } = validateFrontmatter(split.data, split.positionOf);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['invalid-format', '"tags.0" must be a lower-case slug; got "Docker Hub"'],
    ]);
  });
});

describe('an empty frontmatter', () => {
  it('is not a silently dropped entry: every required field is reported missing (found by the fuzz test)', async () => {
    const { parseEntryFile } = await import('../../lib/content/entry');
    const parsed = parseEntryFile('X_001.md', '---\n---\n# T\n');
    expect(parsed.entry).toBeNull();
    expect(parsed.diagnostics.filter((d) => d.code === 'missing-field').map((d) => d.message)).toContain(
      'missing required field "kb_id"',
    );
  });
});
