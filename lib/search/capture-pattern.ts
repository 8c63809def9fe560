import { splitPlaceholders } from '../variables/placeholders';
import { MAX_VALUE_LENGTH } from '../variables/url';
import { enclosedBy, DOUBLE_QUOTES, SINGLE_QUOTES } from './enclosing';
import { WILDCARD_SOURCE } from './normalize';
import { chainParts } from './signals';

/**
 * An entry's error string compiled for capture (capture.ts): its literal text as regex sources, each placeholder a
 * group that takes one value, matched against one line of a paste. Browser-safe.
 */

/** Values by variable name. */
export type CapturedValues = Record<string, string>;

/**
 * An error string with placeholders, compiled: the parts between its wildcards, each a regex of literal text and
 * capture groups, matched one after another (each the leftmost after the one before). One regex with `.*?` for each
 * wildcard backtracked without bound: `a ... b ... c ... host __HOSTNAME__: d ... e` against a 2,000-character line
 * repeating `a b c host ` took 66 s; in parts it takes under a millisecond (tests/unit/search-capture.test.ts).
 */
export interface CapturePattern {
  segments: RegExp[];
  /** Variable names by capture group, in order across the segments. */
  names: string[];
}

/** The wildcards of an error string (`...`, `<image>`, `{name}`): where its literal text stops. */
export const WILDCARDS = new RegExp(WILDCARD_SOURCE, 'g');

/** Every quote mark: a value outside quotes holds none of them. */
const QUOTE_MARKS = `${SINGLE_QUOTES}${DOUBLE_QUOTES}\``;

/** Most placeholders one error string may hold: each adds backtracking. */
const MAX_PLACEHOLDERS = 4;

/** Compiles an error string into segments with one group per placeholder, or null without placeholders. */
export function capturePattern(errorText: string): CapturePattern | null {
  // The string's own outer spaces are not text to match: a code span ``…`x` `` keeps the space before its closing run
  // (CommonMark), and required a space after the reader's value at the end of their line (another team's f18).
  const parts = splitPlaceholders(errorText.trim());
  const names: string[] = [];
  const sources = [''];
  parts.forEach((part, i) => {
    if (part.kind === 'text') {
      // Punctuation that ends a clause after a value ends one in the reader's line too, before a space or the line's
      // end: npm's `found for __PACKAGE__@__RANGE__.` took `11.4` of pnpm's `found for @nestjs/core@11.4.9`, its `.9`
      // for the string's `.`.
      const marks = parts[i - 1]?.kind === 'variable' ? clauseEnd(part.text, i === parts.length - 1) : '';
      const [first, ...rest] = literalPieces(part.text.slice(marks.length));
      sources[sources.length - 1] += (marks && `${escape(marks)}(?!\\S)`) + first;
      sources.push(...rest);
      return;
    }
    const before = parts[i - 1]?.kind === 'text' ? (parts[i - 1] as { text: string }).text.trimEnd().slice(-1) : '';
    const after = parts[i + 1]?.kind === 'text' ? (parts[i + 1] as { text: string }).text.trimStart().slice(0, 1) : '';
    // Between quotes or brackets a value runs to the closing mark (paths with spaces, `project [Acme Data Platform]`,
    // as the index reads such a variable: normalize.ts `valueSlots`); elsewhere it is one word. A value that opens
    // its stretch starts at a word's start: tried from every character, `([^\s'"`]+)\s+Release'` took 45 s on a line
    // of 200,000 letters (a near pattern, capture-near.ts); from word starts only, 11 ms. And it is at most
    // MAX_VALUE_LENGTH long, as a link carries it: `--name=([^\s'"`]+)\s+is\s+taken` tried at each of 30,000
    // `--name=` in one line took 9-14 s, bounded 116 ms.
    const open = sources[sources.length - 1] === '' ? `(?<![^\\s${QUOTE_MARKS}])` : '';
    sources[sources.length - 1] += `${open}(${valueSource(enclosedBy(before, after))})`;
    names.push(part.name);
  });
  if (names.length === 0 || names.length > MAX_PLACEHOLDERS) return null;
  return { segments: sources.filter((source) => source !== '').map((source) => new RegExp(source, 'gi')), names };
}

/** The punctuation `text` opens with when it ends a clause: followed by a space, or by the string's end (`last`). */
function clauseEnd(text: string, last: boolean): string {
  return /^[.,;:!?]+(?=\s)/.exec(last ? `${text} ` : text)?.[0] ?? '';
}

/**
 * A value's regex source: one word, or between marks (`marks`, the ones it never holds), any text up to the next mark
 * that neither starts nor ends with a space. Spaces at its ends belong to the marks (`« C:\\temp\\a b.txt »`): a value
 * free to start or end with them took 26 s on `« ` and 4,000 spaces, each split of the run tried against the next;
 * under 1 ms now. Stopping at an opening bracket too keeps a line of 20,000 `[a ` at 2 ms (101 ms running on to `]`).
 */
function valueSource(marks: string | null): string {
  if (marks === null) return `[^\\s${QUOTE_MARKS}]{1,${MAX_VALUE_LENGTH}}`;
  const edge = `[^\\s${escapeClass(marks)}]`;
  return `${edge}(?:[^${escapeClass(marks)}\\n]{0,${MAX_VALUE_LENGTH - 2}}${edge})?`;
}

/**
 * The pattern of a chained error string's head (`sudo: unable to resolve host __HOSTNAME__` of `…: Name or service
 * not known`), matching only a line that ends with it: newer tools print the head alone, and search takes such a line
 * for the string (signature-match.ts `headAlone`). Null when the string is not a chain or its head has no placeholder.
 */
export function headPattern(errorText: string): CapturePattern | null {
  const parts = chainParts(errorText);
  const last = parts.at(-1)?.text ?? '';
  if (parts.length < 2 || !errorText.endsWith(last)) return null;
  const head = capturePattern(errorText.slice(0, errorText.length - last.length).replace(/:\s*$/, ''));
  if (!head) return null;
  const end = head.segments.length - 1;
  const segments = head.segments.map((segment, i) =>
    i === end ? new RegExp(`${segment.source}[\\s.:]*$`, 'gi') : segment,
  );
  return { segments, names: head.names };
}

/** Captures from `line` with `pattern`; a name captured twice must agree. Null when the line does not match. */
export function captureFrom(pattern: CapturePattern, line: string): CapturedValues | null {
  const groups: string[] = [];
  let at = 0;
  for (const segment of pattern.segments) {
    segment.lastIndex = at;
    const match = segment.exec(line);
    if (!match) return null;
    groups.push(...match.slice(1));
    at = match.index + match[0].length;
  }
  const values: CapturedValues = {};
  for (let i = 0; i < pattern.names.length; i++) {
    const name = pattern.names[i];
    const value = trimValue(groups[i] ?? '');
    if (value === '') return null;
    if (Object.hasOwn(values, name) && values[name] !== value) return null;
    values[name] = value;
  }
  return values;
}

/**
 * Literal text of an error string as regex sources, one per stretch between wildcards: runs of spaces match any
 * spacing, and spacing next to a wildcard is optional (`require ... docker login` matches `require 'docker login'`).
 */
function literalPieces(text: string): string[] {
  const pieces = text.split(WILDCARDS);
  return pieces.map((piece, i) => {
    const core = piece.trim().split(/\s+/).map(escape).join('\\s+');
    const lead = /^\s/.test(piece) ? (i > 0 ? '\\s*' : '\\s+') : '';
    const trail = /\s$/.test(piece) ? (i < pieces.length - 1 ? '\\s*' : '\\s+') : '';
    if (piece.trim() !== '') return lead + core + trail;
    if (piece === '') return '';
    return i > 0 && i < pieces.length - 1 ? '\\s*' : '\\s+';
  });
}

/** Sentence punctuation a value picked up from the end of a line (`web-01.`), removed; tried where its run starts. */
function trimValue(value: string): string {
  return value.replace(/(?<![.,;:)\]])[.,;:)\]]+$/, '');
}

/**
 * Literal text as a regex source. A quote mark matches any of its family (`'` matches `‘` and `’`): GNU tools quote
 * `‘bash\r’` in a UTF-8 locale, and an apostrophe may be typeset (`doesn’t`).
 */
function escape(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(QUOTE_MARK, (mark) => (SINGLE_QUOTES.includes(mark) ? `[${SINGLE_QUOTES}]` : `[${DOUBLE_QUOTES}]`));
}

const QUOTE_MARK = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}]`, 'g');

/** `chars` escaped for a regex character class. */
function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
