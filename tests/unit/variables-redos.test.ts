import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/entry';
import { variableRule } from '../../lib/variables/types';
import { body, entryFile, frontmatter } from './factories';

function diagnosticsFor(pattern: string) {
  const text = entryFile(frontmatter({ variables: { SLOWVAR: { pattern } } }), body({ rest: '## ✔️ Verification\n\n```bash\necho __SLOWVAR__\n```' }));
  const line = text.split('\n').findIndex((l) => l.includes('SLOWVAR:')) + 1;
  return { found: parseEntryFile('TEST_ENTRY_001.md', text).diagnostics, line };
}

describe('patterns that can hang the page are rejected by kb validate (issue 9)', () => {
  it.each(['(a+)+', '(a|a)*b', '^(\\w+\\s?)*$', '.*a.*a.*a.*b'])('%s is an error at the declaration, with an example value', (pattern) => {
    const { found, line } = diagnosticsFor(pattern);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'variable-pattern-redos', severity: 'error', line });
    expect(found[0].message).toMatch(/can backtrack catastrophically \((exponential|\d+(st|nd|rd|th) degree polynomial)\)/);
  });
  it.each(['^[a-z0-9]+([._/-][a-z0-9]+)*$', '[0-9]{2,5}', '[0-9]*[0-9]*x'])('%s is accepted (linear or at most quadratic)', (pattern) => {
    expect(diagnosticsFor(pattern).found).toEqual([]);
  });
  it('the page never tests a value longer than 256 characters against a pattern', () => {
    const rule = variableRule('SLOWVAR', { pattern: '[0-9]*[0-9]*x' });
    const started = performance.now();
    expect(rule.validate('1'.repeat(10_000))).toEqual({ ok: false, message: expect.stringContaining('Too long to check: 10000 characters, at most 256.') });
    expect(performance.now() - started).toBeLessThan(20);
    expect(rule.validate(`${'1'.repeat(200)}x`)).toEqual({ ok: true });
  });
});
