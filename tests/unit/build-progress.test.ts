import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPages, progressLine } from '../../lib/build/progress';

describe('build progress', () => {
  it('says how many entry pages are done and the time left at the measured rate', () => {
    expect(progressLine(412, 1000, 20)).toBe('  … 412/1,000 entry pages generated (41 %), about 29 s left');
    expect(progressLine(1000, 5000, 10)).toBe('  … 1,000/5,000 entry pages generated (20 %), about 7 min left');
    expect(progressLine(3, 1000, null)).toBe('  … 3/1,000 entry pages generated (0 %)');
  });

  it('counts only the pages written since the build started', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-progress-'));
    for (const id of ['A', 'B', 'C']) writeFileSync(path.join(dir, `${id}.html`), '');
    writeFileSync(path.join(dir, 'A.meta'), '');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(path.join(dir, 'C.html'), old, old);
    expect(countPages(dir, Date.now() - 60_000)).toBe(2);
    expect(countPages(path.join(dir, 'missing'), 0)).toBe(0);
  });
});
