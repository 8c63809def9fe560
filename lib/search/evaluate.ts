/**
 * Accuracy measurement: runs labelled queries through an engine and reports top-1 / top-3.
 * Used by the accuracy benchmark and its test. Browser-safe.
 */

/** One labelled query: a real pasted error and the entry that answers it. */
export interface AccuracyCase {
  query: string;
  expected: string;
  /** Where such a line comes from (tool, situation, public thread). */
  source: string;
}

/** Anything that ranks entries for a query: the engine, or a baseline in the benchmarks. */
export interface Ranker {
  search(query: string, limit: number): Promise<{ results: ReadonlyArray<{ id: string }> }>;
}

/** The outcome of one case. */
interface CaseOutcome {
  case: AccuracyCase;
  /** 1-based rank of the expected entry, or null when it is not in the results. */
  rank: number | null;
  /** Ids of the top results, best first. */
  top: string[];
}

/** Totals over a case set. */
export interface AccuracyReport {
  cases: number;
  top1: number;
  top3: number;
  outcomes: CaseOutcome[];
}

/** Runs every case (depth: how many results to look at) and counts top-1 and top-3 hits. */
export async function measureAccuracy(
  engine: Ranker,
  cases: readonly AccuracyCase[],
  depth = 10,
): Promise<AccuracyReport> {
  const outcomes: CaseOutcome[] = [];
  for (const item of cases) {
    const { results } = await engine.search(item.query, depth);
    const top = results.map((r) => r.id);
    const index = top.indexOf(item.expected);
    outcomes.push({ case: item, rank: index < 0 ? null : index + 1, top });
  }
  const within = (n: number) => outcomes.filter((o) => o.rank !== null && o.rank <= n).length;
  return { cases: cases.length, top1: within(1), top3: within(3), outcomes };
}

/** Validates parsed JSON as a list of cases (the fixture is data, not code). */
export function parseCases(value: unknown): AccuracyCase[] {
  if (!Array.isArray(value)) throw new Error('accuracy cases must be a JSON array');
  return value.map((item, i) => {
    const { query, expected, source } = (item ?? {}) as Record<string, unknown>;
    if (typeof query !== 'string' || typeof expected !== 'string' || typeof source !== 'string') {
      throw new Error(`accuracy case ${i} needs string query, expected and source`);
    }
    return { query, expected, source };
  });
}
