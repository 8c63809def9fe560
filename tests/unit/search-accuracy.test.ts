import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { measureAccuracy, parseCases } from '../../lib/search/evaluate';

/**
 * Pins the accuracy benchmark: real pasted errors (tests/fixtures/search/cases.json) against the
 * starter KB in content/. Every case must be in the top 3, and top-1 must stay at 95% or more.
 * The held-out pastes (holdout.json) must each be in the top 3 too.
 */
const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) =>
  parseCases(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/search', file), 'utf8')));
const cases = read('cases.json');
const holdout = read('holdout.json');
let engine: SearchEngine;
let ids: Set<string>;

beforeAll(async () => {
  const kb = await loadKb(path.join(root, 'content'));
  ids = new Set(kb.entries.map((e) => e.id));
  engine = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
});

describe('search accuracy on real pasted errors', () => {
  it('has at least 40 cases, each naming an entry of the starter KB', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => !ids.has(c.expected)).map((c) => c.expected)).toEqual([]);
  });

  it.each(cases.map((c, i) => [i + 1, c.expected, c] as const))(
    'case %i → %s is in the top 3',
    async (_n, _id, item) => {
      const report = await measureAccuracy(engine, [item]);
      expect(report.outcomes[0].top.slice(0, 3)).toContain(item.expected);
    },
  );

  it('ranks the right entry first in at least 95% of the cases', async () => {
    const report = await measureAccuracy(engine, cases);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.95);
    expect(report.top3).toBe(report.cases);
  });
});

describe('search accuracy on held-out pastes', () => {
  it.each(holdout.map((c, i) => [i + 1, c.expected, c] as const))(
    'held-out %i → %s is in the top 3',
    async (_n, _id, item) => {
      expect(ids.has(item.expected)).toBe(true);
      const report = await measureAccuracy(engine, [item]);
      expect(report.outcomes[0].top.slice(0, 3)).toContain(item.expected);
    },
  );
});
