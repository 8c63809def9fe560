import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../lib/diagnostics';

/** The diagnostic codes have one home (lib/diagnostics.ts); the format doc's table explains each one. */
describe('diagnostic codes', () => {
  const doc = readFileSync('docs/entry-format.md', 'utf8');
  const table = doc.slice(doc.indexOf('## Diagnostics'), doc.indexOf('\n## ', doc.indexOf('## Diagnostics') + 5));
  const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \| (?:error|warning)/gm)].map((m) => m[1]);

  it('every code is explained in docs/entry-format.md, and every row names a code', () => {
    expect(DIAGNOSTIC_CODES.filter((c) => !rows.includes(c))).toEqual([]);
    expect(rows.filter((c) => !(DIAGNOSTIC_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('has no duplicates', () => {
    expect(new Set(DIAGNOSTIC_CODES).size).toBe(DIAGNOSTIC_CODES.length);
  });
});
