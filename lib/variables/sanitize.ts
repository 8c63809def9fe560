/**
 * Characters never accepted into a value, with the name the reader is shown: control characters (a CR or LF
 * in a pasted command runs it; ESC starts terminal sequences), bidirectional overrides (text that reads
 * differently from what runs: "Trojan Source") and zero-width characters (invisible differences).
 */
const HIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\r\n\u2028\u2029\u0085]/g, 'line break'],
  [/\t/g, 'tab'],
  [/\u001b/g, 'escape character'],
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u0084\u0086-\u009f]/g, 'control character'],
  [/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, 'bidirectional control'],
  [/[\u200b-\u200d\u2060\ufeff\u00ad]/g, 'zero-width character'],
];

/** A value with the hidden characters removed, and what was removed (for a visible note). */
export interface SanitizedValue {
  value: string;
  /** e.g. `['2 line breaks', '1 zero-width character']`; empty when nothing was removed. */
  removed: string[];
}

/** Removes every hidden character from a value; says what it removed. Pure. */
export function sanitizeValue(raw: string): SanitizedValue {
  let value = raw;
  const removed: string[] = [];
  for (const [pattern, label] of HIDDEN) {
    const count = value.match(pattern)?.length ?? 0;
    if (count === 0) continue;
    value = value.replace(pattern, '');
    removed.push(`${count} ${label}${count === 1 ? '' : 's'}`);
  }
  return { value, removed };
}

/** The note shown beside a field or in the link banner when characters were removed. */
export function removedNote(removed: readonly string[]): string {
  return removed.length === 0 ? '' : `Removed ${removed.join(', ')}: they are invisible and could change what the command does.`;
}
