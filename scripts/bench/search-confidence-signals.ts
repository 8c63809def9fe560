/**
 * `npm run bench:search-confidence`: can a threshold on the signals search already computes move the confidence line?
 *
 * For every held-out paste whose first result is not a confident match, and every uncovered paste, it takes the
 * first entry's best exact-string hit (the one ranking scores) and a few entry-level figures. Positives: labelled
 * pastes with the right entry first (lifting them above the line is the goal). Negatives: uncovered pastes and
 * labelled pastes with another entry first (lifting one makes a wrong confident answer). It then tries every
 * threshold on one signal and every pair on two, keeps those that lift no negative on the design sets (v2–v11), and
 * prints how many positives the best of them lift there and on the later sets. A second table counts, among
 * confident answers, those whose first matched line comes after an error line none of the entry's strings touches
 * (a demotion rule: "the root cause is earlier"). Prints Markdown (docs/benchmarks/search-holdout.md, eleventh session).
 */
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { loadTermShard, planQuery, rank } from '../../lib/search/query';
import { SIGNATURE_FLAGS, inverseDocumentFrequency, termShardOf, type SignatureRecord } from '../../lib/search/shards';
import { hitScore } from '../../lib/search/confidence';
import { matchSignature } from '../../lib/search/signature-match';
import { HOLDOUT_VERSIONS, holdoutCases, loadHoldoutKb, uncoveredCases } from './search-holdout-data';

const DESIGN = new Set(['v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11']);

/** An error line, as signals.ts weighs lines (ordinary lines weigh 0.3, error lines 1). */
const ERROR_LINE = 0.5;

interface Row {
  version: string;
  positive: boolean;
  signals: Record<string, number>;
}

const kb = await loadHoldoutKb();
const files = indexEntries(kb.entries);
const engine = createSearchEngine(memoryLoader(files));
const manifest = files.manifest;
const shards = new Map(files.termShards.map((s, n) => [n, loadTermShard(s)]));
const maxIdf = inverseDocumentFrequency(manifest.docs, 1);

// Every signature record, by entry and by its tokens (the entries that carry the same string).
const recordsOf = new Map<number, SignatureRecord[]>();
const carriers = new Map<string, Set<number>>();
const seen = new Set<string>();
for (const shard of files.termShards)
  for (const list of Object.values(shard.sigs))
    for (const record of list) {
      const key = JSON.stringify(record);
      if (seen.has(key)) continue;
      seen.add(key);
      recordsOf.set(record[1], [...(recordsOf.get(record[1]) ?? []), record]);
      const tokens = record[3].join(' ');
      carriers.set(tokens, (carriers.get(tokens) ?? new Set()).add(record[1]));
    }

/** The entries whose text holds `token`. */
function docsWith(token: string): Set<number> {
  const shard = files.termShards[termShardOf(token, manifest.termShards)];
  const raw = Object.hasOwn(shard.terms, token) ? shard.terms[token] : [];
  const docs = new Set<number>();
  for (let i = 0, doc = 0; i < raw.length; i += 2) docs.add((doc += raw[i]));
  return docs;
}

/** The signals of a paste whose first result is not confident, or null when it is (or nothing matched). */
function signalsOf(query: string): Record<string, number> | null {
  const plan = planQuery(query, manifest);
  const ranking = rank(plan, shards, manifest, 10);
  const [first, second] = ranking.docs;
  if (!first) return null;
  const present = new Set(plan.lines.flatMap((l) => l.tokens));
  let best: { hit: ReturnType<typeof matchSignature>; record: SignatureRecord } | null = null;
  for (const record of recordsOf.get(first.doc) ?? []) {
    const hit = matchSignature(record, plan.lines, present, ranking.idf, maxIdf);
    if (hit && (!best?.hit || hitScore(hit.best) > hitScore(best.hit.best))) best = { hit, record };
  }
  if (!best?.hit) return null;
  const { hit, record } = best;
  // The paste's words outside the string that the first entry holds and no other carrier of the string does.
  const others = [...(carriers.get(record[3].join(' ')) ?? [])].filter((d) => d !== first.doc);
  const own = new Set(record[3]);
  let support = 0;
  for (const term of plan.terms) {
    if (own.has(term.token)) continue;
    const docs = docsWith(term.token);
    if (docs.has(first.doc) && !others.some((d) => docs.has(d)))
      support += (inverseDocumentFrequency(manifest.docs, docs.size) * term.weight) / maxIdf;
  }
  return {
    score: first.score,
    ratio: second ? second.score / first.score : 0,
    coverage: hit.best.coverage,
    tail: hit.best.tail,
    queryTail: hit.best.queryTail,
    lineShare: hit.best.lineShare,
    lineWeight: hit.best.lineWeight,
    inner: hit.best.inner,
    matched: (hit.best.specificity * hit.best.coverage) / maxIdf,
    shared: (record[7] ?? 0) & SIGNATURE_FLAGS.shared ? 1 : 0,
    support,
  };
}

/** True when a confident answer's first matched line follows an error line none of the entry's strings touches. */
function causeEarlier(query: string): boolean {
  const plan = planQuery(query, manifest);
  const ranking = rank(plan, shards, manifest, 10);
  const first = ranking.docs[0];
  const touched = new Set<number>();
  for (const record of recordsOf.get(first.doc) ?? [])
    for (const line of plan.lines)
      if (matchSignature(record, [line], new Set(line.tokens), ranking.idf, maxIdf)) touched.add(line.line);
  return plan.lines.some((l) => l.line < first.lines[0] && l.weight >= ERROR_LINE && !touched.has(l.line));
}

const rows: Row[] = [];
const demotion = { right: [0, 0], wrong: [0, 0], uncovered: [0, 0] };
for (const version of HOLDOUT_VERSIONS) {
  const pastes = [
    ...holdoutCases(version).map((c) => ({ query: c.query, expected: c.expected as string | null })),
    ...uncoveredCases(version).map((c) => ({ query: c.query, expected: null })),
  ];
  for (const { query, expected } of pastes) {
    const response = await engine.search(query, 10);
    const right = expected !== null && response.results[0]?.id === expected;
    if (response.confident) {
      const kind = expected === null ? 'uncovered' : right ? 'right' : 'wrong';
      demotion[kind][causeEarlier(query) ? 1 : 0]++;
      continue;
    }
    const signals = signalsOf(query);
    if (signals) rows.push({ version, positive: right, signals });
  }
}

interface Condition {
  label: string;
  test: (s: Record<string, number>) => boolean;
}
const names = Object.keys(rows[0].signals);
const conditions: Condition[] = names.flatMap((name) =>
  [...new Set(rows.map((r) => Math.round(r.signals[name] * 100) / 100))].flatMap((t) => [
    { label: `${name} ≥ ${t}`, test: (s: Record<string, number>) => s[name] >= t },
    { label: `${name} ≤ ${t}`, test: (s: Record<string, number>) => s[name] <= t },
  ]),
);
const design = rows.filter((r) => DESIGN.has(r.version));
const later = rows.filter((r) => !DESIGN.has(r.version));
const lifted = (set: Row[], rule: Condition[]) => {
  const hit = set.filter((r) => rule.every((c) => c.test(r.signals)));
  return { positives: hit.filter((r) => r.positive).length, negatives: hit.filter((r) => !r.positive).length };
};
// Pairs only among conditions that lift few negatives alone: the rest cannot reach zero with one more threshold.
const useful = conditions.filter((c) => {
  const { positives, negatives } = lifted(design, [c]);
  return positives > 0 && negatives <= 20;
});
const rules: Condition[][] = conditions.map((c) => [c]);
for (let i = 0; i < useful.length; i++)
  for (let j = i + 1; j < useful.length; j++)
    if (useful[i].label.split(' ')[0] !== useful[j].label.split(' ')[0]) rules.push([useful[i], useful[j]]);
const safe = rules
  .map((rule) => ({ rule, design: lifted(design, rule), later: lifted(later, rule) }))
  .filter((r) => r.design.negatives === 0 && r.design.positives > 0)
  .sort((a, b) => b.design.positives - a.design.positives);

const count = (set: Row[], positive: boolean) => set.filter((r) => r.positive === positive).length;
const lines = [
  `Below the line with a string hit: design sets (v2–v11) ${count(design, true)} right-first, ${count(design, false)} negatives (uncovered or another entry first); later sets ${count(later, true)} and ${count(later, false)}.`,
  '',
  '| rule (no negative lifted on v2–v11) | right-first lifted, v2–v11 | on later sets (negatives lifted) |',
  '|---|---:|---:|',
  ...safe
    .slice(0, 8)
    .map(
      (r) =>
        `| ${r.rule.map((c) => c.label).join(' and ')} | ${r.design.positives} of ${count(design, true)} | ${r.later.positives} of ${count(later, true)} (${r.later.negatives}) |`,
    ),
  ...(safe.length === 0 ? ['| none | 0 | 0 |'] : []),
  '',
  '| confident answers, all sets | first matched line after an untouched error line | not |',
  '|---|---:|---:|',
  `| right entry | ${demotion.right[1]} | ${demotion.right[0]} |`,
  `| another entry | ${demotion.wrong[1]} | ${demotion.wrong[0]} |`,
  `| uncovered paste | ${demotion.uncovered[1]} | ${demotion.uncovered[0]} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
