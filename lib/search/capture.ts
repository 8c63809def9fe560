import type { VariableDeclaration } from '../content/schema';
import { splitPlaceholders, type PlaceholderPart } from '../variables/placeholders';
import { hasUnsafeCharacters } from '../variables/sanitize';
import { MAX_VALUE_LENGTH } from '../variables/url';
import { variableRule } from '../variables/value-rules';
import { enclosedBy, DOUBLE_QUOTES, SINGLE_QUOTES } from './enclosing';
import { glibcWording } from './errno-wordings';
import { WILDCARD_SOURCE } from './normalize';
import { chainParts } from './signals';

/**
 * Values from a pasted error into an entry's commands. In an entry's exact error string, a
 * placeholder (`pull access denied for __IMAGE_NAME__, repository …`) matches that part of a
 * pasted line and captures it; `...` (and `<x>`, `{x}`) stay plain wildcards. A captured value
 * goes through the variable's own validation (lib/variables) and is dropped when it fails.
 * Browser-safe.
 */

/** Values by variable name. */
export type CapturedValues = Record<string, string>;

/**
 * An error string with placeholders, compiled: the parts between its wildcards, each a regex of literal text and
 * capture groups, matched one after another (each the leftmost after the one before). One regex with `.*?` for each
 * wildcard backtracked without bound: `a ... b ... c ... host __HOSTNAME__: d ... e` against a 2,000-character line
 * repeating `a b c host ` took 66 s; in parts it takes under a millisecond (tests/unit/search-capture.test.ts).
 */
interface CapturePattern {
  segments: RegExp[];
  /** Variable names by capture group, in order across the segments. */
  names: string[];
}

const WILDCARDS = new RegExp(WILDCARD_SOURCE, 'g');
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
    // of 200,000 letters (a near pattern, below); from word starts only, 11 ms. And it is at most MAX_VALUE_LENGTH
    // long, as a link carries it: `--name=([^\s'"`]+)\s+is\s+taken` tried at each of 30,000 `--name=` in one line
    // took 9-14 s, bounded 116 ms.
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

/** Words of an error string kept on each side of a placeholder by {@link nearPatterns}. */
const NEAR_WORDS = 3;

/**
 * For each placeholder of an error string, the pattern of it with only the words nearest it: at most
 * {@link NEAR_WORDS} on each side, up to a wildcard or another placeholder. For a reader's line that words the rest of
 * the string differently: `Error: Unable to locate package fastfetch` against `E: Unable to locate package
 * __PACKAGE__`, SQLAlchemy's `(psycopg2.errors.UndefinedTable) relation "orders" does not exist`, ld.gold's `error:
 * cannot find -lboost_system`. On the labelled pastes, values for 90 % of the confident answers whose symptom has a
 * placeholder in other teams' KBs (76 % before) and 94 % in ours (91 %). The near words stop before a word that is a
 * value itself ({@link VALUE_LIKE}). Only a confident match's lines are read, and a value still passes its variable's
 * check. The two sides must hold two words of letters: `'__MODULE__'` alone would take any quoted word.
 */
export function nearPatterns(errorText: string): CapturePattern[] {
  const parts = splitPlaceholders(errorText.trim());
  const patterns: CapturePattern[] = [];
  const near = (first: number, last: number) => {
    const before = parts[first - 1]?.kind === 'text' ? lastWords((parts[first - 1] as { text: string }).text) : '';
    const after = parts[last + 1]?.kind === 'text' ? firstWords((parts[last + 1] as { text: string }).text) : '';
    // A placeholder next to a path or a dotted name the reader's line holds differently has no bound: skipped.
    if (before === null || after === null || letterWords(before) + letterWords(after) < 2) return;
    const raw = parts
      .slice(first, last + 1)
      .map((part) => (part.kind === 'text' ? part.text : part.raw))
      .join('');
    const pattern = capturePattern(`${before}${raw}${after}`);
    if (pattern) patterns.push(pattern);
  };
  parts.forEach((part, i) => {
    if (part.kind === 'variable') near(i, i);
  });
  for (const [first, last] of joinedRuns(parts)) near(first, last);
  return patterns;
}

/**
 * Placeholders joined by a mark into one value (`__UPSTREAM_HOST__:__UPSTREAM_PORT__`, `__GROUP_ID__:__ARTIFACT_ID__`,
 * `__SSH_USER__@__SSH_HOST__`): for each run of two or more, the indexes of its first and last part. Alone, the second
 * of such a pair has only the mark on one side, too little to place it: nginx's `host not found in upstream
 * "api:3000" in /etc/nginx/conf.d/app.conf:14` gave the host and not the port (another team's f18); near words around
 * the whole run place both.
 */
function joinedRuns(parts: readonly PlaceholderPart[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 2; i < parts.length; i++) {
    const mark = parts[i - 1];
    if (parts[i].kind !== 'variable' || parts[i - 2].kind !== 'variable' || mark.kind !== 'text') continue;
    if (!JOINER.test(mark.text)) continue;
    const run = runs.at(-1);
    if (run?.[1] === i - 2) run[1] = i;
    else runs.push([i - 2, i]);
  }
  return runs;
}

/** Text that joins two placeholders into one value: a mark or two, no space, letter or digit. */
const JOINER = /^[^\s\p{L}\p{N}]{1,2}$/u;

/** Values the near patterns capture from one line, merged (a name captured twice must agree); null when none. */
function captureNear(patterns: readonly CapturePattern[], line: string): CapturedValues | null {
  let values: CapturedValues | null = null;
  for (const pattern of patterns) {
    const found = captureFrom(pattern, line);
    if (!found) continue;
    values ??= {};
    for (const [name, value] of Object.entries(found)) {
      if (Object.hasOwn(values, name) && values[name] !== value) return null;
      values[name] = value;
    }
  }
  return values;
}

/**
 * The near words before a placeholder; null when the word next to it is a value (`/app/node_modules/__M__`,
 * `CONFLICT (modify/delete): __FILE__`): without it the placeholder would take any word.
 */
function lastWords(text: string): string | null {
  const words =
    text
      .split(WILDCARDS)
      .at(-1)
      ?.match(/\S+\s*/g) ?? [];
  return nearest(words.reverse())?.reverse().join('') ?? null;
}

/** The near words after a placeholder; null when the word next to it is a value (`__APP_DIR__/storage/logs`). */
function firstWords(text: string): string | null {
  return nearest(text.split(WILDCARDS)[0].match(/\s*\S+/g) ?? [])?.join('') ?? null;
}

/** Up to {@link NEAR_WORDS} of `words`, nearest first, stopping before a value; null when the nearest is one. */
function nearest(words: readonly string[]): string[] | null {
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === NEAR_WORDS) break;
    if (VALUE_LIKE.test(word)) return kept.length === 0 ? null : kept;
    kept.push(word);
  }
  return kept;
}

/**
 * A word that is itself a value or a namespace, which a reader's line holds differently (a path, a dotted class or
 * host: `'/app/node_modules/`, `psycopg2.errors.UndefinedTable:`): the near words stop before it.
 */
const VALUE_LIKE = /[/\\]|\.\p{L}/u;

function letterWords(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
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
