import { hitScore, type MatchFailure } from './confidence';
import { matchSignature } from './signature-match';
import type { WeightedLine } from './signals';
import type { SignatureRecord } from './shards';
import { WILDCARD } from './normalize';
import { otherErrorNumber } from './error-numbers';
import { otherFieldValue } from './field-values';
import { wordBefore } from './sentence-start';

/**
 * Why an entry is, or is not, a confident match for a paste (`kb search --why`): of the entry's error strings the
 * search compared with the paste, the one that came closest, the line it came closest on, and the first test it
 * failed there. Authors read it to see which wording their entry lacks. Browser-safe.
 */
export interface MatchExplanation {
  /**
   * 0-based index of the symptom holding the closest string; null when no string was compared: the paste holds neither
   * of the two rarest words of any, or under half the weight of each that it does.
   */
  symptom: number | null;
  /** 1-based line of the paste it came closest on (null with `symptom`). */
  line: number | null;
  /** The test that failed there; null when that string made the line a confident match. */
  failure: MatchFailure | null;
  /** Share (0–1) of the string's weight found in order on that line. */
  coverage: number;
  /**
   * The words at issue: the string's words missing from the line (`coverage`), its last element's missing words
   * (`tail`), the line's own last element, which the string lacks (`line-tail`), the line's value of the string's
   * field (`field`), or the word before the string's opening words and those words (`mid-sentence`); else empty.
   */
  words: string[];
}

/**
 * The explanation for one entry, from the strings of it the query fetched (`records`: a string is fetched when the
 * paste holds one of its two rarest words). `present`: every token of the paste; `idf`: the query terms' idf.
 */
export function explainEntry(
  records: Iterable<SignatureRecord>,
  lines: readonly WeightedLine[],
  present: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
  maxIdf: number,
): MatchExplanation {
  let closest: { record: SignatureRecord; match: NonNullable<ReturnType<typeof matchSignature>> } | null = null;
  for (const record of records) {
    const match = matchSignature(record, lines, present, idf, maxIdf);
    if (!match) continue;
    // A confident string explains the match; else the one nearest to it, by the score search gives it.
    const confident = match.failure === null;
    const better =
      closest === null ||
      (confident !== (closest.match.failure === null)
        ? confident
        : hitScore(match.best) > hitScore(closest.match.best));
    if (better) closest = { record, match };
  }
  if (!closest) return { symptom: null, line: null, failure: null, coverage: 0, words: [] };
  const { record, match } = closest;
  const { best, failure } = match;
  const line = lines.find((l) => l.line === best.line);
  return {
    symptom: record[2],
    line: best.line + 1,
    failure,
    coverage: best.coverage,
    words: line ? wordsAtIssue(failure, record, line) : [],
  };
}

function wordsAtIssue(failure: MatchFailure | null, record: SignatureRecord, line: WeightedLine): string[] {
  const [, , , tokens, , tailStart = 0] = record;
  if (failure === 'coverage' || failure === 'whole' || failure === 'tail') {
    const onLine = new Set(line.tokens);
    const words = failure === 'tail' ? tokens.slice(tailStart) : tokens;
    return [...new Set(words)].filter((t) => t !== WILDCARD && !onLine.has(t));
  }
  if (failure === 'field') return otherFieldValue(record[10] ?? [], line.text);
  if (failure === 'number') {
    const other = otherErrorNumber(record[11] ?? [], line.text);
    return other === null ? [] : [other];
  }
  if (failure === 'mid-sentence') {
    const opening = record[12];
    const before = opening ? wordBefore(opening, line.text) : null;
    return opening && before !== null ? [before, opening] : [];
  }
  if (failure === 'line-tail') {
    const own = new Set(tokens);
    return [...new Set(line.tail)].filter((t) => !own.has(t));
  }
  return [];
}
