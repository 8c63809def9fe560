/**
 * Quote marks and brackets around a value in an error message, shared by the index (a variable between them stands
 * for any text, normalize.ts) and capture (the value runs to the closing mark, capture.ts). Browser-safe.
 */

/** Single quote marks a tool prints for one another: GNU tools quote `‘x’` in a UTF-8 locale, `'x'` in the C locale. */
export const SINGLE_QUOTES = "'‘’‚‛";
/** Double quote marks a tool prints for one another. */
export const DOUBLE_QUOTES = '"“”„‟';

/** Pairs of marks that enclose a value (French typography puts spaces inside `« … »`). */
const ENCLOSING: readonly string[] = ['""', "''", '``', '‘’', '“”', '„“', '«»', '‹›', '()', '[]', '{}', '<>'];

/**
 * The marks a value an entry writes between `open` and `close` never holds, or null when the two enclose nothing: a
 * quote's family (the reader's tool may print the curly mark where the author wrote the straight one), a bracket's
 * pair. Either ends the value, so capture scans no further than the next mark (capture.ts `valueSource`).
 */
export function enclosedBy(open: string, close: string): string | null {
  if (!ENCLOSING.includes(open + close)) return null;
  if (SINGLE_QUOTES.includes(close)) return SINGLE_QUOTES;
  if (DOUBLE_QUOTES.includes(close)) return DOUBLE_QUOTES;
  return open + close;
}
