import { beforeAll, describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { measureAccuracy } from '../../lib/search/evaluate';
import { holdoutCases, loadHoldoutKb, uncoveredCases } from '../../scripts/bench/search-holdout-data';

/**
 * Pins the held-out benchmark (npm run bench:search-holdout): held-out pastes over the starter KB
 * plus near-miss distractors, and pastes no entry covers, which must never look like a match.
 */
const cases = holdoutCases();
const uncovered = uncoveredCases();
let engine: SearchEngine;
let ids: Set<string>;

beforeAll(async () => {
  const kb = await loadHoldoutKb();
  ids = new Set(kb.entries.map((e) => e.id));
  engine = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
});

describe('held-out set v2', () => {
  it('has at least 60 labelled pastes, each naming a starter entry, and 20 uncovered ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => !ids.has(c.expected) || c.expected.startsWith('DIS_'))).toEqual([]);
    expect(uncovered.length).toBe(20);
  });

  it('ranks the right entry first in at least 95% of the pastes and in the top 3 in all', async () => {
    const report = await measureAccuracy(engine, cases);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.95);
    expect(report.outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => o.case.query.slice(0, 60))).toEqual(
      [],
    );
  });

  it('presents none of the uncovered pastes as a confident match', async () => {
    const confident: string[] = [];
    for (const item of uncovered)
      if ((await engine.search(item.query, 5)).confident) confident.push(item.query.slice(0, 60));
    expect(confident).toEqual([]);
  });

  it('is confident on all but a few held-out pastes (measured: 4 of 69 below the line)', async () => {
    let below = 0;
    for (const item of cases) if (!(await engine.search(item.query, 5)).confident) below++;
    expect(below).toBeLessThanOrEqual(4);
  });
});

describe('held-out set v3 (collected before the shared-string rule; see docs/benchmarks/search-holdout.md)', () => {
  const v3 = holdoutCases('v3');
  const uncoveredV3 = uncoveredCases('v3');

  it('ranks the right entry in the top 3 for every paste, first in at least 90%', async () => {
    const report = await measureAccuracy(engine, v3);
    expect(v3.filter((c) => !ids.has(c.expected))).toEqual([]);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.9);
    expect(report.outcomes.filter((o) => o.rank === null || o.rank > 3).map((o) => o.case.query.slice(0, 60))).toEqual(
      [],
    );
  });

  it('presents none of its uncovered pastes as a confident match (a string several entries share decides nothing)', async () => {
    const confident: string[] = [];
    for (const item of uncoveredV3)
      if ((await engine.search(item.query, 5)).confident) confident.push(item.query.slice(0, 60));
    expect(confident).toEqual([]);
  });
});

describe('held-out set v4 (161 pastes, 39 uncovered; written by someone who never saw the engine, measured before the v4 rules)', () => {
  const v4 = holdoutCases('v4');
  const uncoveredV4 = uncoveredCases('v4');

  it('ranks the right entry first in at least 93% and in the top 3 in at least 99% (measured 94.4% and 99.4%)', async () => {
    const report = await measureAccuracy(engine, v4);
    expect(v4.filter((c) => !ids.has(c.expected))).toEqual([]);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.93);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.99);
  });

  it('presents at most one of its uncovered pastes as a confident match (measured: 1 of 39)', async () => {
    const confident: string[] = [];
    for (const item of uncoveredV4)
      if ((await engine.search(item.query, 5)).confident) confident.push(item.query.slice(0, 60));
    expect(confident.length).toBeLessThanOrEqual(1);
  });

  it('keeps the pastes below the confidence line at the measured 29 of 161 or fewer (the target of at most 1 is not met)', async () => {
    let below = 0;
    for (const item of v4) if (!(await engine.search(item.query, 5)).confident) below++;
    expect(below).toBeLessThanOrEqual(29);
  });
});

describe('held-out set v5 (227 pastes, 51 uncovered; written blind on 2026-12-04, measured before any rule saw it)', () => {
  const v5 = holdoutCases('v5');
  const uncoveredV5 = uncoveredCases('v5');

  it('ranks the right entry first in at least 92% and in the top 3 in at least 98.5% (measured 92.1% and 98.7%)', async () => {
    const report = await measureAccuracy(engine, v5);
    expect(v5.filter((c) => !ids.has(c.expected))).toEqual([]);
    expect(report.top1 / report.cases).toBeGreaterThanOrEqual(0.92);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.985);
  });

  it('presents at most two of its uncovered pastes as a confident match (measured: 2 of 51; the target is 0)', async () => {
    let confident = 0;
    for (const item of uncoveredV5) if ((await engine.search(item.query, 5)).confident) confident++;
    expect(confident).toBeLessThanOrEqual(2);
  });

  it('keeps the pastes below the confidence line at the measured 46 of 227 or fewer (48 before lineShare 0.4; the target of at most 1 is not met)', async () => {
    let below = 0;
    for (const item of v5) if (!(await engine.search(item.query, 5)).confident) below++;
    expect(below).toBeLessThanOrEqual(46);
  });
});
