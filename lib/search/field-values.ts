import { PLACEHOLDERS, tokenize } from './normalize';

/**
 * A field an error string writes as `key=value` with a value of its own (systemd's `code=exited, status=1/FAILURE`),
 * against a line that gives the same key another value (`status=203/EXEC`): the value is the error there, and another
 * value is another error (the program could not be started, not the program exited with 1). Normalization reads both
 * as the same words but one, so the rest of the string matched the line nearly whole. Thirty-fourth session, on the
 * read sets v2-v73: 167 -> 137 unanswered errors shown confident (30 units that could not start their program, against
 * the exit-1 distractor), 1,100 -> 1,107 below the line (7 pastes of such units that their writers labelled that
 * distractor: the labels split 30 to 7), nothing else moved, f1-f35 line for line the same; held out: v74 2 -> 1 of 195,
 * f36 the same. Read from every field of a string, not the last alone, it put two SELinux AVC pastes of f2 below the
 * line (docs/benchmarks/search-holdout.md). Browser-safe.
 */

/** `key=value`: a key of letters (and `_`, `-`, `.`), a value quoted or running to a space or a separator. */
const FIELD = /(?<![\w.-])([A-Za-z][\w.-]*)=("[^"\n]*"|'[^'\n]*'|[^\s,;)\]}"']+)/g;

/** A field of an error string: its key, lower-case, and the words of its value (those with a letter). */
export type FieldValue = [string, string[]];

/**
 * The field that ends an error string, where its value is the author's (not a placeholder) and holds a word; as the
 * last element of a chain does, the end of a message names the error. Fields before it are the report's detail: another
 * team's string may be a whole line of a log with its own values (an SELinux AVC record's `comm="nginx" … tcontext=…`).
 * A bare number is left out (`port=443` varies between reports of one problem). An array of at most one field.
 */
export function fieldValues(text: string): FieldValue[] {
  const last = [...text.matchAll(FIELD)].at(-1);
  if (!last || !ENDS.test(text.slice(last.index + last[0].length))) return [];
  const [, key, value] = last;
  if (value.search(PLACEHOLDERS) >= 0) return [];
  const words = valueWords(value);
  return words.length > 0 ? [[key.toLowerCase(), words]] : [];
}

/** What may follow the last field of a string that it ends: closing punctuation. */
const ENDS = /^[\s.,;:!?)\]}'"]*$/;

/**
 * The words of the value `line` gives one of the string's fields when they are other words (each of the two values has
 * a word the other lacks: `status=1/FAILURE` against `status=203/EXEC`, not against `status=1/FAILURE (failed)`); else
 * an empty array. Linear in the line: one scan for its fields (a key starts only after a non-word character, and a
 * quoted value ends at its line); a 255 KB line of 15,000 fields took 0.1 s on the 2-core machine of 2026-12-07.
 */
export function otherFieldValue(fields: readonly FieldValue[], line: string): string[] {
  if (fields.length === 0 || !line.includes('=')) return [];
  for (const [, key, value] of line.matchAll(FIELD)) {
    const field = fields.find(([k]) => k === key.toLowerCase());
    if (!field) continue;
    const words = valueWords(value);
    const own = new Set(field[1]);
    const theirs = new Set(words);
    if (words.some((w) => !own.has(w)) && field[1].some((w) => !theirs.has(w))) return words;
  }
  return [];
}

function valueWords(value: string): string[] {
  return tokenize(value).filter((t) => /\p{L}/u.test(t));
}
