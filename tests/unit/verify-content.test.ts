import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { checksOf } from '../../lib/verify/checks';

describe('starter entries', () => {
  it('at least 15 have checkable Expected items, and every pattern is valid', async () => {
    const kb = await loadKb('content');
    const checkable = kb.entries.filter((e) => checksOf(e.verification?.expected ?? []).length > 0);
    expect(checkable.length).toBeGreaterThanOrEqual(15);
    expect(kb.diagnostics.filter((d) => d.code.startsWith('expected-pattern'))).toEqual([]);
  });
});
