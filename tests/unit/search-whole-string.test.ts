import { describe, expect, it } from 'vitest';
import { signatureTokens } from '../../lib/search/normalize';
import { weighLines } from '../../lib/search/signals';
import { matchSignature } from '../../lib/search/signature-match';
import { SIG_WEIGHT_SCALE, type SignatureRecord } from '../../lib/search/shards';

/**
 * A string on a line whole, where the line goes on with a last element of its own, is the line's error when the string
 * is telling enough: its words weigh 2.5 words one entry alone has (confidence.ts `CONFIDENT.wholeSpecificity`).
 * A less telling string, however whole, is not: the line's own last element names its error then (`line-tail`).
 */
const STRING = 'An error occurred (MaxSpotInstanceCountExceeded) when calling the RunInstances operation';
const LINE = `${STRING}: Max spot instance count exceeded for the on-demand pool in eu-west-1a across all launch specifications of fleet sfr-4a1b`;
const MAX_IDF = 5;

/** The string as the index stores it, its words weighing `telling` words one entry alone has, together. */
function recordWeighing(telling: number): SignatureRecord {
  const tokens = signatureTokens(STRING);
  const weight = Math.round(((telling * MAX_IDF) / tokens.length) * SIG_WEIGHT_SCALE);
  return [0, 0, 0, tokens, tokens.map(() => weight), 0];
}

function failureAt(telling: number) {
  const lines = weighLines(LINE);
  const present = new Set(lines.flatMap((l) => l.tokens));
  const idf = new Map([...present].map((t) => [t, 2]));
  const match = matchSignature(recordWeighing(telling), lines, present, idf, MAX_IDF);
  return { coverage: match?.best.coverage, failure: match?.failure };
}

describe('a whole string before the line’s own last element', () => {
  it('is the line’s error when it weighs 2.5 telling words or more', () => {
    expect(failureAt(2.6)).toEqual({ coverage: 1, failure: null });
    expect(failureAt(3)).toEqual({ coverage: 1, failure: null });
  });

  it('is not when it weighs less: the line’s last element is another error', () => {
    expect(failureAt(2.4)).toEqual({ coverage: 1, failure: 'line-tail' });
    expect(failureAt(1.5)).toEqual({ coverage: 1, failure: 'line-tail' });
  });
});
