import { hitScore } from './confidence';
import { matchSignature } from './signature-match';
import { queryTerms, weighLines, type QueryTerm, type WeightedLine } from './signals';
import { orderingLine, summaryLines } from './summary-lines';
import {
  IMPACT_SCALE,
  inverseDocumentFrequency,
  SIGNATURE_FLAGS,
  termShardOf,
  type IndexManifest,
  type SignatureRecord,
  type TermShard,
} from './shards';

/**
 * Ranking over loaded shards. Pure and synchronous: the same code ranks in Node and in the
 * browser; fetching the shards is `engine.ts`'s job.
 */

/** At most this many distinct tokens of a paste are looked up (heaviest lines first). */
export const MAX_QUERY_TERMS = 48;

/** How much a matched exact error string adds, relative to its specificity. */
const SIGNATURE_BOOST = 1;

/** Results scoring below this share of the best one are dropped: they share only common words. */
const MIN_RELATIVE_SCORE = 0.2;

/** A query, normalized: its weighted lines, its terms and the term shards they live in. */
export interface QueryPlan {
  lines: WeightedLine[];
  terms: QueryTerm[];
  termShards: number[];
  /** Lines that sum up an error whose details the tool printed elsewhere (summary-lines.ts). */
  summaries: ReadonlySet<number>;
}

/** A term shard after loading; postings are decoded on first use. */
export interface LoadedTermShard {
  raw: TermShard;
  decoded: Map<string, Int32Array>;
}

/** One ranked document. */
export interface RankedDoc {
  doc: number;
  score: number;
  /** The symptom whose exact error string matched, if one did. */
  symptom: number | null;
  /** True when an exact error string of the entry matches a line of the query in full ("this is your error"). */
  confident: boolean;
  /** 0-based numbers of the query lines matched confidently, ascending (empty when not confident). */
  lines: number[];
  /**
   * Confident only through a status string several entries carry, which this entry is named after
   * (`SIGNATURE_FLAGS.named`): ranked after confident matches on an entry's own strings, whatever their lines.
   */
  statusOnly: boolean;
  /**
   * The line that orders confident matches: the first of `lines` matched by the entry's own strings, else the first; a
   * summary's line orders after every line of the paste (summary-lines.ts).
   */
  orderLine: number;
  /**
   * How well the entry's best string matched (its hit score, lib/search/signature-match.ts), or a confirming `match:`
   * pattern's example weight when higher: of two entries confident on the same line, the closer match comes first.
   */
  matchScore: number;
}

/** Ranked documents plus the idf of each query term found in the index. */
export interface Ranking {
  docs: RankedDoc[];
  idf: Map<string, number>;
  /** The error strings the query fetched (those holding one of its terms among their two rarest words), by id. */
  signatures: Map<number, SignatureRecord>;
}

/** Normalizes a query and lists the term shards it needs. */
export function planQuery(query: string, manifest: IndexManifest): QueryPlan {
  const lines = weighLines(query);
  const terms = queryTerms(lines, MAX_QUERY_TERMS);
  const shards = new Set(terms.map((t) => termShardOf(t.token, manifest.termShards)));
  return { lines, terms, termShards: [...shards].sort((a, b) => a - b), summaries: summaryLines(query, lines) };
}

/** Wraps a fetched term shard. */
export function loadTermShard(raw: TermShard): LoadedTermShard {
  return { raw, decoded: new Map() };
}

/**
 * Ranks documents: BM25F impacts of the query terms plus a boost for matched exact error strings.
 * Returns the best `limit` candidates unfiltered; {@link keepTelling} decides what is shown.
 */
export function rank(
  plan: QueryPlan,
  shards: ReadonlyMap<number, LoadedTermShard>,
  manifest: IndexManifest,
  limit: number,
): Ranking {
  const scores = new Float64Array(manifest.docs);
  const touched: number[] = [];
  const idf = new Map<string, number>();
  const signatures = new Map<number, SignatureRecord>();
  for (const term of plan.terms) {
    const shard = shards.get(termShardOf(term.token, manifest.termShards));
    if (!shard) continue;
    const postings = postingsOf(shard, term.token);
    if (postings) {
      idf.set(term.token, inverseDocumentFrequency(manifest.docs, postings.length / 2));
      addPostings(postings, term.weight, scores, touched);
    }
    for (const record of own(shard.raw.sigs, term.token) ?? []) signatures.set(record[0], record);
  }
  const best = bestSignatures(signatures.values(), plan.lines, idf, inverseDocumentFrequency(manifest.docs, 1));
  const top: RankedDoc[] = [];
  const consider = (doc: number): void => {
    const hit = best.get(doc);
    const score = scores[doc] / IMPACT_SCALE + SIGNATURE_BOOST * (hit?.score ?? 0);
    const lines = hit?.lines ?? [];
    const confident = lines.length > 0;
    const statusOnly = confident && hit!.own.length === 0;
    const orderLine = orderingLine(hit && hit.own.length > 0 ? hit.own : lines, plan.summaries);
    const matchScore = hit?.score ?? 0;
    const ranked = { doc, score, symptom: hit?.symptom ?? null, confident, lines, statusOnly, orderLine, matchScore };
    insertTop(top, ranked, limit);
  };
  for (const doc of touched) consider(doc);
  for (const doc of best.keys()) if (scores[doc] === 0) consider(doc);
  return { docs: top, idf, signatures };
}

/**
 * The results worth showing, in order: confident matches, and others scoring at least
 * {@link MIN_RELATIVE_SCORE} of the best (the rest share only common words). Applied after the
 * entries' `match:` patterns had their say, so a confident match is never cut.
 */
export function keepTelling<T extends { ranked: RankedDoc }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => (worse(a.ranked, b.ranked) ? 1 : worse(b.ranked, a.ranked) ? -1 : 0));
  const floor = sorted.reduce((max, d) => Math.max(max, d.ranked.score), 0) * MIN_RELATIVE_SCORE;
  return sorted.filter((d) => d.ranked.confident || d.ranked.score >= floor);
}

/** Keeps `top` sorted (best first, then lower document number) and at most `limit` long. */
function insertTop(top: RankedDoc[], candidate: RankedDoc, limit: number): void {
  if (top.length === limit && !worse(top[limit - 1], candidate)) return;
  let i = top.length;
  while (i > 0 && worse(top[i - 1], candidate)) i--;
  top.splice(i, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * The order of results: confident matches on an entry's own strings first, the one on the earliest line of the paste
 * first (the root cause of a log comes before what follows from it); then the rest by score, except that of two
 * matches confident only through a status (`statusOnly`), the earlier line comes first. A status such as
 * `CrashLoopBackOff` shows before its cause in a log, so it never outranks a cause by its line, nor a better-scoring
 * entry that is not confident. Declared once, not per call: hot loops should not allocate closures.
 */
function worse(a: RankedDoc, b: RankedDoc): boolean {
  const ownA = a.confident && !a.statusOnly;
  const ownB = b.confident && !b.statusOnly;
  if (ownA !== ownB) return ownB;
  if ((ownA || (a.statusOnly && b.statusOnly)) && a.orderLine !== b.orderLine) return a.orderLine > b.orderLine;
  // Two entries confident on the same line: the one whose string (or pattern) says more of it is that line's error (a
  // pattern naming `docker.service` before a string with `....service`), whatever the rest of the entries score.
  if (ownA && a.matchScore !== b.matchScore) return a.matchScore < b.matchScore;
  return a.score < b.score || (a.score === b.score && a.doc > b.doc);
}

function addPostings(postings: Int32Array, weight: number, scores: Float64Array, touched: number[]): void {
  let doc = 0;
  for (let i = 0; i < postings.length; i += 2) {
    doc += postings[i];
    if (scores[doc] === 0) touched.push(doc);
    scores[doc] += weight * postings[i + 1];
  }
}

/** Per document: the score of its best matching signature, that signature's symptom, and every line matched confidently. */
function bestSignatures(
  records: Iterable<SignatureRecord>,
  lines: readonly WeightedLine[],
  idf: ReadonlyMap<string, number>,
  maxIdf: number,
) {
  // `own`: the confident lines of strings that are the entry's own, not a status named after it.
  const best = new Map<number, { score: number; symptom: number; lines: number[]; own: number[] }>();
  const present = new Set<string>();
  for (const line of lines) for (const token of line.tokens) present.add(token);
  for (const record of records) {
    // A tool's boilerplate names no error (boilerplate.ts): quoted, it counts as the entry's text, not as a matched
    // string, or an entry that quotes ssh's `Host key verification failed.` would outrank one that keeps it as prose,
    // as kb validate asks. On held-out sets v2-v19, with the starter KB's such lines turned to prose: 4 more first.
    if (((record[7] ?? 0) & SIGNATURE_FLAGS.boilerplate) !== 0) continue;
    const match = matchSignature(record, lines, present, idf, maxIdf);
    if (!match) continue;
    const [, doc, symptom] = record;
    const score = hitScore(match.best);
    const current = best.get(doc) ?? { score: 0, symptom, lines: [], own: [] };
    if (score > current.score) [current.score, current.symptom] = [score, symptom];
    // Most matched strings are not confident anywhere: nothing to merge, nothing to allocate.
    if (match.confidentLines.length > 0) {
      current.lines = mergeSorted(current.lines, match.confidentLines);
      if (!match.named) current.own = mergeSorted(current.own, match.confidentLines);
    }
    best.set(doc, current);
  }
  return best;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function postingsOf(shard: LoadedTermShard, token: string): Int32Array | undefined {
  const cached = shard.decoded.get(token);
  if (cached) return cached;
  const raw = own(shard.raw.terms, token);
  if (!raw) return undefined;
  const decoded = Int32Array.from(raw);
  shard.decoded.set(token, decoded);
  return decoded;
}

/** Own property only: a query for "constructor" must not find Object.prototype's. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
