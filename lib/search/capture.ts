import type { VariableDeclaration } from '../content/schema';
import { hasUnsafeCharacters } from '../variables/sanitize';
import { variableRule } from '../variables/value-rules';
import { captureNear, nearPatterns } from './capture-near';
import { captureFrom, capturePattern, headPattern, type CapturedValues, type CapturePattern } from './capture-pattern';
import { glibcWording } from './errno-wordings';

/**
 * Values from a pasted error into an entry's commands. In an entry's exact error string, a
 * placeholder (`pull access denied for __IMAGE_NAME__, repository …`) matches that part of a
 * pasted line and captures it; `...` (and `<x>`, `{x}`) stay plain wildcards. A captured value
 * goes through the variable's own validation (lib/variables) and is dropped when it fails.
 * Browser-safe.
 */

export { captureFrom, capturePattern, headPattern, type CapturedValues } from './capture-pattern';
export { nearPatterns } from './capture-near';

/**
 * Values an entry's error strings capture from the given lines of a paste, each validated by its
 * variable's rule (declared pattern, else built-in type); the first valid value of a name wins.
 */
export function captureValues(
  errorStrings: readonly string[],
  lines: readonly string[],
  declarations: Readonly<Record<string, VariableDeclaration>> = {},
): CapturedValues {
  const values: CapturedValues = {};
  // Another C library's wording of a system error is glibc's for capture as for ranking (errno-wordings.ts).
  let read: string[] | undefined;
  for (const written of errorStrings) {
    const text = glibcWording(written);
    const pattern = capturePattern(text);
    if (!pattern) continue;
    let head: CapturePattern | null | undefined; // compiled only when a line does not hold the whole string
    let near: CapturePattern[] | undefined;
    read ??= lines.map(glibcWording);
    for (const line of read) {
      let found = captureFrom(pattern, line);
      if (!found) {
        head ??= headPattern(text);
        found = head && captureFrom(head, line);
      }
      if (!found) {
        near ??= nearPatterns(text);
        found = captureNear(near, line);
      }
      if (!found) continue;
      for (const [name, value] of Object.entries(found)) {
        if (!Object.hasOwn(values, name) && acceptsCaptured(name, value, declarations)) values[name] = value;
      }
    }
  }
  return values;
}

/**
 * True when a value captured from a paste may fill variable `name`: it holds no control, escape or invisible character
 * (lib/variables/sanitize.ts; the reader's tool printed none inside a value, and a terminal would act on them) and
 * passes the variable's rule (declared pattern, else built-in type).
 */
export function acceptsCaptured(
  name: string,
  value: string,
  declarations: Readonly<Record<string, Pick<VariableDeclaration, 'pattern' | 'example' | 'unusable'>>>,
): boolean {
  if (hasUnsafeCharacters(value)) return false;
  const declaration = Object.hasOwn(declarations, name) ? declarations[name] : undefined;
  return variableRule(name, declaration).validate(value).ok;
}

/** The entry page with captured values: `/kb/ID?NAME=value&src=log`, or the plain path without values. */
export function resultUrl(path: string, values: CapturedValues): string {
  const names = Object.keys(values).sort();
  if (names.length === 0) return path;
  const query = new URLSearchParams();
  for (const name of names) query.set(name, values[name]);
  query.set('src', 'log');
  return `${path}?${query.toString()}`;
}
