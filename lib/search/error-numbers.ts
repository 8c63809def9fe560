/**
 * An error's number or code as a tool writes it after the word `error` names the error: Windows' `System error 1069 has
 * occurred.` (a service's logon failure) is not `System error 5 has occurred.` (access denied), MySQL's `ERROR 1045
 * (28000)` is not `ERROR 1698 (28000)`, TypeScript's `error TS2307` is not `error TS2345`, NuGet's `error NU1101` is not
 * `error NU1605`. Normalization sets numbers of four or more digits aside as noise and reads shorter ones as values, so
 * the rest of a string could match a line whose error is another. Browser-safe.
 */

/** `error` then a number, or a code of up to seven letters and a number (`TS2307`, `NETSDK1147`, `os error 2`). */
const ERROR_NUMBER = /\berror[ \t]+([a-z]{0,7}\d{1,6}(?:\.\d{1,3})?)(?![\w.])/gi;

/**
 * The numbers and codes a text writes after `error`, upper-case, each once: at most eight, which no error string
 * reaches and which bounds the work on a long pasted line (read by {@link otherErrorNumber}).
 */
export function errorNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const [, code] of text.matchAll(ERROR_NUMBER)) {
    found.add(code.toUpperCase());
    if (found.size === 8) break;
  }
  return [...found];
}

/**
 * The number `line` writes after `error` when a string writes others and the line none of them (`5` against `1069`);
 * else null. Linear in the line: one scan.
 */
export function otherErrorNumber(numbers: readonly string[], line: string): string | null {
  if (numbers.length === 0 || !/error/i.test(line)) return null;
  const theirs = errorNumbers(line);
  if (theirs.length === 0 || theirs.some((n) => numbers.includes(n))) return null;
  return theirs[0];
}

/**
 * A code of a tool's own, which names one error wherever it stands: letters and a number (`TS18003`, `NETSDK1152`,
 * `NU1101`) or four or more digits (MySQL's `1148`, Windows' `1272`). Not a number of three digits or fewer: HTTP's
 * `Error 403` is a quota, a disabled API and a missing permission alike (another team's GCP entry, f13).
 */
const OWN_CODE = /^[A-Z]|\d{4}/;

/**
 * True when `line` writes after `error` a code of its own (see {@link OWN_CODE}) that the string writes too (`numbers`,
 * from {@link errorNumbers}): the line reports that very error, whatever wording, language or detail follows the
 * code (another team's `error NETSDK1152: Found multiple publish output files …:` against the line that goes on with the
 * paths). Thirty-eighth session: f1-f48 717 -> 706 below the line alone, 743 -> 733 beside the starter KB, each now
 * right; nothing else moved on v2-v87 or f1-f49. Linear in the line: one scan.
 */
export function sharesErrorCode(numbers: readonly string[], line: string): boolean {
  if (numbers.length === 0 || !/error/i.test(line)) return false;
  return errorNumbers(line).some((code) => numbers.includes(code) && OWN_CODE.test(code));
}
