import { enclosedBy } from './enclosing';
import { glibcWording } from './errno-wordings';
import { stripNoise } from './noise';
import { PLACEHOLDER_WORD_SOURCE } from '../variables/placeholders';

/**
 * The one normalization shared by the index and every query: each system error in glibc's words
 * (`errno-wordings.ts`), noise removal (`noise.ts`), then
 * lower-case word tokens with ids, long numbers, stopwords and plural endings removed.
 * Browser-safe.
 */

/** Token standing for `...` (or a `<placeholder>`) in an entry's error string: any run of tokens. */
export const WILDCARD = '*';

const WILDCARD_MARK = '\uE000';
/** Marks a variable (`__NAME__`, one value) in an error string, where {@link WILDCARD_MARK} marks any text. */
const VALUE_MARK = '\uE001';

// Not `too`: in an error it is the decision (ssh's `are too open` is not Node's `permission denied, open`; `too many`,
// `too long`). Set aside until 2026-12-05, it made Node's denied `open` a confident match for the ssh key-mode entry.
const STOPWORDS = new Set(
  (
    'a an the and or of to in on at for is are was were be been being it its this that these those ' +
    'with as by from into onto your you we our my me us he she they them their if then so do does did ' +
    'has have had will would should may might which when what while there here but also just than ' +
    'very all any some such via per'
  ).split(' '),
);

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]?t\b/gi, 'cannot'],
  [/\bwon['’]t\b/gi, 'will not'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
];

/** The wildcards an author writes in an error string for any text: `...`, `…`, `<image>`, `{name}` (a regex source). */
export const WILDCARD_SOURCE = String.raw`\.{3,}|…|<[A-Za-z][\w .-]*>|\{[A-Za-z][\w.-]*\}`;

/**
 * Placeholders an author writes in an error string: the wildcards, `__VAR__`, and a `__VAR__` glued into a word with
 * that word (`openssl-sys v__VERSION__` against the reader's `v0.9.103`: another team's KB f18, whose 3 pastes of
 * `v0.9.…` fell below the line on `openssl sys version`, the name read as words).
 */
export const PLACEHOLDERS = new RegExp(`${WILDCARD_SOURCE}|\\b__[A-Z][A-Z0-9_]*__\\b|${PLACEHOLDER_WORD_SOURCE}`, 'g');

const MARKS = /[\uE000\uE001]/g;
const TOKEN = /[\p{L}\p{N}]+|\uE000|\uE001/gu;

/** Lower-case word tokens of a query or document text, with run-specific noise removed. */
export function tokenize(text: string): string[] {
  return splitTokens(stripNoise(expandContractions(glibcWording(text.replace(MARKS, ' ')))));
}

/**
 * Tokens of an entry's exact error string, where `...` and `<placeholder>` become {@link WILDCARD}.
 * Consecutive wildcards collapse into one.
 */
export function signatureTokens(errorText: string): string[] {
  return placeholderTokens(errorText).tokens;
}

/**
 * For each {@link WILDCARD} of `signatureTokens(errorText)`, in order: true when it stands for variables alone
 * (`__PORT__`, `php__PHP_VERSION__-fpm`), each one value, as capture reads them (outside quotes a value is one word);
 * false for `...`, `<image>` and `{name}` (any text) and for a variable between quotes or brackets (`"__USER__"`,
 * `[__PROJECT__]`), whose delimiters, not spaces, end the value.
 */
export function valueSlots(errorText: string): boolean[] {
  return placeholderTokens(errorText).oneValue;
}

function placeholderTokens(errorText: string): { tokens: string[]; oneValue: boolean[] } {
  const text = expandContractions(glibcWording(errorText));
  let marked = '';
  let from = 0;
  for (const { 0: placeholder, index: at } of text.matchAll(PLACEHOLDERS)) {
    const open = text.slice(0, at).trimEnd().at(-1) ?? '';
    const close = text.slice(at + placeholder.length).trimStart()[0] ?? '';
    const anyText = !VARIABLE.test(placeholder) || enclosedBy(open, close) !== null;
    marked += `${text.slice(from, at)} ${anyText ? WILDCARD_MARK : VALUE_MARK} `;
    from = at + placeholder.length;
  }
  const tokens: string[] = [];
  const oneValue: boolean[] = [];
  for (const token of splitTokens(stripNoise(marked + text.slice(from)))) {
    if (token !== WILDCARD && token !== VALUE_MARK) tokens.push(token);
    // Consecutive wildcards are one: a value slot only if each of them is one.
    else if (tokens.at(-1) === WILDCARD) oneValue[oneValue.length - 1] &&= token === VALUE_MARK;
    else {
      tokens.push(WILDCARD);
      oneValue.push(token === VALUE_MARK);
    }
  }
  return { tokens, oneValue };
}

const VARIABLE = /__[A-Z][A-Z0-9_]*__/;

/** Normalizes one already-split word (lower-case, stemmed), or returns null when it is noise. */
export function normalizeToken(raw: string): string | null {
  const word = raw.toLowerCase();
  if (isNoise(word) || STOPWORDS.has(word)) return null;
  return stem(word);
}

function expandContractions(text: string): string {
  let out = text;
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out;
}

function splitTokens(text: string): string[] {
  const out: string[] = [];
  for (const [raw] of text.matchAll(TOKEN)) {
    if (raw === WILDCARD_MARK || raw === VALUE_MARK) {
      out.push(raw === WILDCARD_MARK ? WILDCARD : VALUE_MARK);
      continue;
    }
    const token = normalizeToken(SIZE.exec(raw)?.[1] ?? raw);
    if (token !== null) out.push(token);
  }
  return out;
}

/**
 * A size: the number varies between reports of the same problem, its unit does not
 * (`total-vm:8123456kB` reads as `total vm kb`, as the entry's `total-vm:...kB` does).
 */
const SIZE = /^\d+((?:[kmgtp]i?b)|[kmgtp]i)$/i;

/** A Windows HRESULT or NTSTATUS (`0x80070005`, `0xc0000005`): it names the error, as an errno does (noise.ts). */
const WINDOWS_ERROR_CODE = /^0x[8c][0-9a-f]{7}$/;

/** Ids, counters and sizes: they differ between two reports of the same problem. */
function isNoise(word: string): boolean {
  if (WINDOWS_ERROR_CODE.test(word)) return false;
  if (/^\d+$/.test(word)) return word.length > 3; // keep exit codes, HTTP statuses, errno
  if (word.length === 1) return true;
  if (/^\d+[a-z]{1,3}$/.test(word)) return true; // 45s, 512mi, 2gb
  if (word.length >= 7 && /^[0-9a-f]+$/.test(word) && /\d/.test(word)) return true; // hex ids
  const digits = word.replace(/\D/g, '').length;
  if (digits >= 5 && digits < word.length) return true;
  return letterDigitSwitches(word) >= 3; // random ids: 7d9c5b7f6, x7k2p
}

function letterDigitSwitches(word: string): number {
  let switches = 0;
  for (let i = 1; i < word.length; i++) {
    if (isDigit(word[i]) !== isDigit(word[i - 1])) switches++;
  }
  return switches;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Plural endings only: enough to join "permissions" and "permission" without a stemmer's surprises. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}
