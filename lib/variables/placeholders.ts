import { VARIABLE_NAME_SOURCE } from '../name-patterns';

/**
 * A placeholder is `__NAME__` with an upper-case name. Lower-case dunders (`__init__`) are code,
 * and so are the well-known upper-case macros of C, PHP, Perl and Ruby, which appear in real snippets.
 * A placeholder may touch letters or digits, as a value built into a word does: `php__PHP_VERSION__-fpm`,
 * `-l__LIB_NAME__`, `-Xmx__HEAP_SIZE__`, `__PACKAGE__Config.cmake`, `check__VARIANT__DuplicateClasses` (15 of 620
 * entries in other teams' KBs wrote one, and until the thirty-first session those stayed literal in what the reader
 * copied). Only between upper-case letters or digits on both sides is it code, part of an upper-case identifier: an
 * env var key such as `LOGGING__LOGLEVEL__DEFAULT`. An `_` before it never starts one (`___X__`). The name is matched
 * twice only where an upper-case letter or digit comes first: linear.
 */
const inIdentifier = (name: string) => `(?<=[A-Z0-9])__${name}__[A-Z0-9_]`;
const PLACEHOLDER_START = `(?<!_)(?!${inIdentifier(VARIABLE_NAME_SOURCE)})`;
const PLACEHOLDER_SOURCE = `${PLACEHOLDER_START}__(${VARIABLE_NAME_SOURCE})__`;

/**
 * A placeholder with the letters and digits glued to it, the whole word a reader's value changes (`php__PHP_VERSION__`
 * is `php8.3` in their paste, `-l__LIB_NAME__` is `-lssl`); no capture group. Search reads it as a wildcard. It starts
 * only at a word's start, so the letters before a placeholder are scanned once.
 */
export const PLACEHOLDER_WORD_SOURCE = `(?<![A-Za-z0-9])[A-Za-z0-9]*${PLACEHOLDER_START}__${VARIABLE_NAME_SOURCE}__[A-Za-z0-9_]*`;

const LANGUAGE_MACROS = new Set([
  'FILE',
  'LINE',
  'DIR',
  'DATE',
  'TIME',
  'FUNCTION',
  'FUNC',
  'CLASS',
  'METHOD',
  'VA_ARGS',
  'COUNTER',
  'END',
  'DATA',
  'GNUC',
  'STDC',
  'TIMESTAMP',
  'TRAIT',
  'COMPILER_HALT_OFFSET',
]);

/** A fresh global regex matching placeholders; group 1 is the name. */
export function placeholderRegex(): RegExp {
  return new RegExp(PLACEHOLDER_SOURCE, 'g');
}

/**
 * The first upper-case identifier of `text` that holds `__NAME__` as code (between capital letters or digits on both
 * sides: `LOGGING__LOGLEVEL__DEFAULT`), with its 0-based offset; null when there is none. For `kb validate`: an author
 * who declared `LOGLEVEL` and wrote only that identifier meant a placeholder. The same test as a placeholder's start
 * ({@link PLACEHOLDER_START}); linear: one character each side of the literal name, then the word grown by hand.
 */
export function identifierHolding(text: string, name: string): { word: string; index: number } | null {
  const inside = new RegExp(inIdentifier(name)).exec(text);
  if (!inside) return null;
  let start = inside.index;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  let end = inside.index + inside[0].length;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return { word: text.slice(start, end), index: start };
}

const WORD_CHAR = /[A-Za-z0-9_]/;

/** True when `name` (without underscores) is a language macro such as `__FILE__`, not a variable. */
export function isLanguageMacro(name: string): boolean {
  return LANGUAGE_MACROS.has(name);
}

/** Variable names used in `text`, in order of first use, without duplicates. */
export function findVariables(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(placeholderRegex())) {
    if (!isLanguageMacro(match[1])) names.add(match[1]);
  }
  return [...names];
}

/**
 * The `# 🖍️ VAR` authoring marker at the end of a line (emoji optional or damaged), with the spaces before it; or the
 * same marker in the comment of a language without `#` comments, as other teams write it in XML, SQL, Kotlin or INI
 * blocks (`<!-- 🖍️ VAR -->`, `-- 🖍️ VAR`, `// 🖍️ VAR`, `/* 🖍️ VAR *\/`, `; 🖍️ VAR`): there the emoji is required, so
 * a comment that only says `VAR` stays code. Each alternative starts at a different character after the spaces, and
 * the spaces are taken from the start of their run only: linear.
 */
const VAR_MARKER =
  /(?<![ \t])[ \t]*(?:#[ \t]*(?:[^\w\s#]+[ \t]*)?VAR|(?:\/\/|--|;)[ \t]*[^\w\s-]+[ \t]*VAR|<!--[ \t]*[^\w\s-]+[ \t]*VAR[ \t]*-->|\/\*[ \t]*[^\w\s*]+[ \t]*VAR[ \t]*\*\/)[ \t]*$/gmu;

/** Removes `# 🖍️ VAR` authoring markers, in any of the comment forms above: hints for authors, never shown or copied. */
export function stripVarMarkers(code: string): string {
  return code.replace(VAR_MARKER, '');
}

/** A run of literal text, or one placeholder (`raw` is `__NAME__` as written). */
export type PlaceholderPart = { kind: 'text'; text: string } | { kind: 'variable'; name: string; raw: string };

/**
 * Splits `text` into literal runs and placeholders, in order; joining every part's text (or `raw`)
 * gives `text` back. Language macros stay inside literal runs. Renderers wrap the `variable` parts.
 */
export function splitPlaceholders(text: string): PlaceholderPart[] {
  const parts: PlaceholderPart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderRegex())) {
    if (isLanguageMacro(match[1])) continue;
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'variable', name: match[1], raw: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
