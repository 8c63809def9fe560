/**
 * Characters that never belong in a value: C0/C1 controls (CR, LF, tab, NUL, ESC …), DEL,
 * bidirectional overrides and isolates, zero-width characters, the BOM and the Unicode line and
 * paragraph separators. A terminal or a reader's eye treats them differently from what the field shows.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** An ANSI escape sequence (CSI `ESC [ … letter`, OSC `ESC ] … BEL|ESC \`, or ESC + one character). */
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-9;?<=>!]{0,32}[ -/]{0,4}[@-~]|\][^\u0007\u001b]{0,256}(?:\u0007|\u001b\\)?|[@-_])/gu;

const NAMES: Readonly<Record<string, string>> = {
  '\r': 'carriage return',
  '\n': 'line break',
  '\t': 'tab',
  '\u0000': 'NUL',
  '\u001b': 'escape',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\ufeff': 'byte order mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
};

/** The result of {@link sanitizeValue}: the clean value and what was taken out, named for display. */
export interface Sanitized {
  value: string;
  /** Names of the removed characters, without duplicates, in order of first appearance. */
  removed: string[];
}

/** A display name for one unsafe character: `carriage return`, `bidi control U+202E`, `control U+0007`. */
function describeCharacter(char: string): string {
  if (Object.hasOwn(NAMES, char)) return NAMES[char];
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `bidi control ${hex}`;
  if (code >= 0x2060 && code <= 0x2064) return `invisible ${hex}`;
  return `control ${hex}`;
}

/**
 * Removes every control, escape sequence, bidi and zero-width character from `value`. Whole
 * ANSI escape sequences go, not only their ESC, so `ESC[31m` leaves no `[31m` behind.
 */
export function sanitizeValue(value: string): Sanitized {
  const removed = new Set<string>();
  const withoutEscapes = value.replace(ESCAPE_SEQUENCE, () => {
    removed.add(NAMES['\u001b']);
    return '';
  });
  const clean = withoutEscapes.replace(UNSAFE, (char) => {
    removed.add(describeCharacter(char));
    return '';
  });
  return { value: clean, removed: [...removed] };
}

/**
 * `text` without its colour and style codes (SGR, `ESC[…m`): a coloured log line's `ESC[1mboto3ESC[0m` reads `boto3`.
 * Other escape sequences stay, so a value holding one (a window title set by `ESC]0;…BEL`, a cursor move) is refused
 * whole rather than read as the text around it.
 */
export function withoutColourCodes(text: string): string {
  return text.replace(COLOUR_CODE, '');
}

const COLOUR_CODE = /\u001b\[[0-9;:]{0,32}m/g;

/** True when `value` holds a character {@link sanitizeValue} would remove. */
export function hasUnsafeCharacters(value: string): boolean {
  return value.search(UNSAFE) >= 0;
}

/** The visible note for removed characters, or null when nothing was removed. */
export function removedNote(removed: readonly string[]): string | null {
  if (removed.length === 0) return null;
  return `Removed invisible or control characters (${removed.join(', ')}): they could run commands or hide text.`;
}
