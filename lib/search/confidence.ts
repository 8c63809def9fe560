import { SIGNATURE_FLAGS } from './shards';

/**
 * When a matched error string says "this is your error" and not "these share some words": the thresholds, the tests a
 * match on one line must pass, and why one fails (`kb search --why`). signature-match.ts measures a string on a line
 * (a {@link SignatureHit}); this module judges the hit. Browser-safe and pure.
 */

/**
 * A match at least this complete, on an error line, is a confident one ("this is your error").
 * `specificity`: the matched weight must reach this share of the idf of a token only one entry has.
 */
export const CONFIDENT = {
  coverage: 0.75,
  full: 0.95,
  // 0.5 until 2026-12-04; 0.4, chosen on v2, v3 and half of v4, moved v4's other half 15 -> 14 and v5 (unseen) 48 -> 46
  // of 227 above the line with no more uncovered or wrong confident matches (docs/benchmarks/search-holdout.md).
  lineShare: 0.4,
  tail: 0.75,
  queryTail: 0.5,
  lineWeight: 0.5,
  specificity: 0.5,
  // A line with no error word (ssh's `No ED25519 host key is known for … strict checking.`) still holds the error when it
  // holds this much of a string this telling (idf of 3.5 tokens one entry alone has). Chosen on v2-v15: from 2.5 to
  // 4.5 it lifts 16 pastes above the line with no more wrong or uncovered confident matches; at 2, 27 more go wrong.
  // It needs the boilerplate flag: without it, git's access-rights line made 6 uncovered pastes confident.
  tellingCoverage: 0.9,
  tellingSpecificity: 3.5,
  // A string on the line whole (`full`), where the line goes on with a last element of its own, is the line's error
  // when it is this telling (idf of 2.5 tokens one entry alone has): the rest is the tool's detail (another team's
  // `admission webhook "validation.gatekeeper.sh" denied the request`, then `: [allowed-repos] container <ledger> has an
  // invalid image repo …`). Before, only strings `tellingSpecificity` reached counted so. Chosen on v2-v88 and f1-f50
  // (thirty-ninth session): at 3.0, 1 more right and confident on v2-v88, 21 alone on f1-f50, 1 more claim alone; at
  // 2.5, 11 and 41, 2 more claims alone and 3 beside (a Jaeger, a Maven and an Azure string whole before another team's
  // cause); at 2.0, 17 and 64, 8 claims alone. Run blind on v89 and f51: nothing moved but one near miss beside the
  // starter KB (docs/benchmarks/search-holdout.md).
  wholeSpecificity: 2.5,
} as const;

/** The match of one signature on one line of a query. */
export interface SignatureHit {
  /** Sum of the idf of the signature's tokens: how telling the whole string is. */
  specificity: number;
  /** Share (0–1) of that weight found in order on the line. */
  coverage: number;
  /** Share (0–1) of the signature's chain tail found on the line (of the whole string when it is not a chain). */
  tail: number;
  /** Share (0–1) of the line's chain tail (by idf) the signature holds (1 when the line is not a chain). */
  queryTail: number;
  /** Weight of that line. */
  lineWeight: number;
  /** Share (0–1) of the line's known tokens (by idf) that the signature holds. */
  lineShare: number;
  /** For a chain of three or more elements: share of the elements after the outermost one found in order (else 0). */
  inner: number;
  /** 0-based number of the line in the paste. */
  line: number;
  /** For a string that opens a message: every token of the line is the string's or stands in one of its slots. */
  whole: boolean;
  /**
   * The line is the chain's head, whole, and nothing else: every token before the string's last element, in order,
   * none of that element, and no word of the line that is not the string's or a value in one of its slots
   * (`Error: listen EADDRINUSE :::3000` against `Error: listen EADDRINUSE: address already in use ...`).
   */
  headAlone: boolean;
}

/**
 * Why a matched string does not make its line a confident match (`kb search --why`). The string alone cannot decide:
 * `shared` (other entries carry it), `system` (a system error's text), `boilerplate` (a line tools print around any
 * error), `lone-word` (one ordinary word), `command` (a command the author quoted beside its error). Or on this line:
 * `opens` (the string ends with a colon and the line goes on), `coverage` (too little of the string is there), `tail`
 * (the string's last element is not), `line-tail` (the line's own last element is not the string's), `not-error-line`
 * (the line reads as no error and the string is not telling enough to make it one), `not-telling` (what is there is too
 * common to tell entries apart), `one-word` (one word of the string is all), `mid-sentence` (the string opens a
 * sentence; the line has its opening words after another word).
 */
export type MatchFailure =
  | 'shared'
  | 'system'
  | 'boilerplate'
  | 'opens'
  | 'coverage'
  /** A string that counts only whole (one underscore identifier, a shown carriage return) is not all there. */
  | 'whole'
  | 'tail'
  | 'line-tail'
  /** The string ends with a system error's text, and the word before its head's value is not before a value here. */
  | 'head'
  /** The line is a command the reader typed after a shell prompt, not a tool's output. */
  | 'typed'
  /** A variable's place (`__PORT__`) holds words of a message, not one value. */
  | 'slot'
  /** Where the string has an address (or a path), the line has a value of the other kind. */
  | 'shape'
  /** A field the string gives a value of its own (`status=1/FAILURE`) has another value on the line. */
  | 'field'
  /** The string writes an error's number or code after `error` (`System error 1069`); the line another (`error 5`). */
  | 'number'
  | 'not-error-line'
  | 'not-telling'
  | 'one-word'
  /**
   * The string opens a sentence (`Out of memory: …`); the line has its opening words in lower case after another word
   * (`Memory cgroup out of memory: …`), so its message is another, longer one (sentence-start.ts).
   */
  | 'mid-sentence'
  /** The string is one ordinary word (`namespace`): any line with that word holds it whole. */
  | 'lone-word'
  /** The string is a command (`mount -t nfs`): any failure of that command shows its words. */
  | 'command';

/** Why a string with these flags cannot make a match confident on its own, or null when it can. */
export function cannotDecide(flags: number, named: boolean): MatchFailure | null {
  if ((flags & SIGNATURE_FLAGS.system) !== 0) return 'system';
  if ((flags & SIGNATURE_FLAGS.boilerplate) !== 0) return 'boilerplate';
  if ((flags & SIGNATURE_FLAGS.loneWord) !== 0) return 'lone-word';
  if ((flags & SIGNATURE_FLAGS.command) !== 0) return 'command';
  return (flags & SIGNATURE_FLAGS.shared) !== 0 && !named ? 'shared' : null;
}

/**
 * Null when a hit says "this is your error", not "these share some words"; else the first test it fails. `maxIdf`: idf
 * of a token one entry alone has; `opens`: the string ends with a colon, so on a line that goes on, the error is what
 * follows it, not the string.
 */
export function confidenceFailure(
  hit: SignatureHit,
  maxIdf: number,
  opens: boolean,
  othersSystemError: boolean,
  classHead: boolean,
): MatchFailure | null {
  if (opens && !hit.whole) return 'opens';
  // A tool that prints the head of the error without its last element (newer sudo, Node's listen errors) says the
  // same thing in fewer words, provided the head alone is telling.
  if (
    hit.headAlone &&
    hit.lineWeight >= CONFIDENT.lineWeight &&
    hit.specificity * hit.coverage >= CONFIDENT.specificity * maxIdf
  )
    return null;
  // The line's own last element must be the signature's, unless the signature is there in full (the line goes on),
  // or nearly all of a long, telling string is there with its own last element, or all of a less telling one: what
  // follows it on the line is detail (Node's `ERR_TLS_CERT_ALTNAME_INVALID … altnames: Host: db.internal. is not in the
  // cert's altnames: DNS:…`).
  const tailAgrees =
    hit.queryTail >= CONFIDENT.queryTail ||
    (hit.coverage >= CONFIDENT.full && hit.lineShare >= CONFIDENT.lineShare) ||
    (hit.tail >= CONFIDENT.full && holdsTellingString(hit, maxIdf)) ||
    holds(hit, maxIdf, CONFIDENT.full, CONFIDENT.wholeSpecificity);
  // Or the line is the decisive part alone: the signature's whole tail, nothing else (`exec format error` typed).
  // Unless that tail is only a system error's text, ending another program's line.
  const tailAlone =
    !othersSystemError &&
    hit.tail >= CONFIDENT.full &&
    hit.queryTail >= CONFIDENT.full &&
    hit.lineShare >= CONFIDENT.full;
  // Or everything inside the outermost wrapper is there (the same error reported by another tool).
  const innerWhole = hit.inner >= CONFIDENT.full;
  // Or the string is an exception's class and message, and the line ends with the whole message.
  const messageWhole = classHead && hit.tail >= CONFIDENT.full && hit.queryTail >= CONFIDENT.full;
  if (!(hit.coverage >= CONFIDENT.coverage || tailAlone || innerWhole || messageWhole)) return 'coverage';
  if (hit.tail < CONFIDENT.tail) return 'tail';
  if (!tailAgrees) return 'line-tail';
  if (!(hit.lineWeight >= CONFIDENT.lineWeight || holdsTellingString(hit, maxIdf))) return 'not-error-line';
  return hit.specificity * hit.coverage >= CONFIDENT.specificity * maxIdf ? null : 'not-telling';
}

/**
 * The line holds nearly all of a long, telling error string: that makes it an error line, whatever its own words
 * (ssh's `No ED25519 host key is known for github.com and you have requested strict checking.` has no error word).
 */
function holdsTellingString(hit: SignatureHit, maxIdf: number): boolean {
  return holds(hit, maxIdf, CONFIDENT.tellingCoverage, CONFIDENT.tellingSpecificity);
}

/**
 * The line holds at least `share` of the string, and what it holds weighs `telling` tokens one entry alone has (idf
 * `maxIdf` each) or more.
 */
function holds(hit: SignatureHit, maxIdf: number, share: number, telling: number): boolean {
  return hit.coverage >= share && hit.specificity * hit.coverage >= telling * maxIdf;
}

/** Score of a hit: telling strings matched in full, tail included, on an error line count most. */
export function hitScore(hit: SignatureHit): number {
  return (
    hit.specificity *
    hit.coverage *
    hit.coverage *
    hit.lineWeight *
    (0.25 + 0.75 * hit.tail) *
    (0.5 + 0.5 * hit.queryTail)
  );
}
