import { WILDCARD } from './normalize';
import type { WeightedLine } from './signals';
import { SIG_WEIGHT_SCALE, type SignatureRecord } from './shards';

/**
 * Matches an entry's exact error string against the lines of a query. A line covers a signature
 * as far as it contains the signature's tokens in order (weighted by rarity; wildcards and the
 * noise between them are free). Browser-safe.
 */

/** Below this share of its weight, a signature is not considered matched. */
export const MIN_COVERAGE = 0.5;

/** The best match of one signature in a query. */
export interface SignatureHit {
  /** Sum of the idf of the signature's tokens: how telling the whole string is. */
  specificity: number;
  /** Share (0–1) of that weight found in order on the best line. */
  coverage: number;
  /** Weight of that line. */
  lineWeight: number;
}

/**
 * The best line for a signature, or null when no line covers at least {@link MIN_COVERAGE}.
 * `present` holds every token of the query, for a cheap check before the line-by-line match.
 */
export function matchSignature(record: SignatureRecord, lines: readonly WeightedLine[], present: ReadonlySet<string>): SignatureHit | null {
  const [, , , rawTokens, rawWeights] = record;
  const tokens: string[] = [];
  const weights: number[] = [];
  let specificity = 0;
  let found = 0;
  for (let i = 0; i < rawTokens.length; i++) {
    if (rawTokens[i] === WILDCARD) continue;
    const weight = rawWeights[i] / SIG_WEIGHT_SCALE;
    tokens.push(rawTokens[i]);
    weights.push(weight);
    specificity += weight;
    if (present.has(rawTokens[i])) found += weight;
  }
  if (specificity === 0 || found < MIN_COVERAGE * specificity) return null;
  let best: SignatureHit | null = null;
  for (const line of lines) {
    const coverage = orderedOverlap(tokens, weights, line.tokens) / specificity;
    if (coverage < MIN_COVERAGE) continue;
    if (!best || coverage * line.weight > best.coverage * best.lineWeight) {
      best = { specificity, coverage, lineWeight: line.weight };
    }
  }
  return best;
}

/** Score of a hit: telling strings matched in full on an error line count most. */
export function hitScore(hit: SignatureHit): number {
  return hit.specificity * hit.coverage * hit.coverage * hit.lineWeight;
}

/** Weighted longest common subsequence of the signature tokens and the line tokens. */
function orderedOverlap(tokens: readonly string[], weights: readonly number[], line: readonly string[]): number {
  let previous = new Float64Array(tokens.length + 1);
  let current = new Float64Array(tokens.length + 1);
  for (const word of line) {
    for (let i = 1; i <= tokens.length; i++) {
      const diagonal = tokens[i - 1] === word ? previous[i - 1] + weights[i - 1] : 0;
      current[i] = Math.max(previous[i], current[i - 1], diagonal);
    }
    [previous, current] = [current, previous];
  }
  return previous[tokens.length];
}
