import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import { body, entryFile, frontmatter } from './factories';

describe('validate passes, build fails: a 300-character tag (issue 10, case 4)', () => {
  it('is an out-of-range error at the tag, with the limit, before any build', () => {
    const text = entryFile(frontmatter({ tags: ['a'.repeat(300)] }), body());
    const [d] = parseEntryFile('TEST_ENTRY_001.md', text).diagnostics;
    expect(d).toMatchObject({
      code: 'out-of-range',
      severity: 'error',
      line: text.split('\n').findIndex((l) => l.includes('a'.repeat(300))) + 1,
    });
    expect(d.message).toContain('must be at most 64 characters');
  });
  it('a 64-character tag is fine', () => {
    expect(
      parseEntryFile('TEST_ENTRY_001.md', entryFile(frontmatter({ tags: ['a'.repeat(64)] }), body())).diagnostics,
    ).toEqual([]);
  });
});
