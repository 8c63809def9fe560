import { signatureTokens, tokenize, WILDCARD } from './normalize';

/**
 * Example values an author wrote into an error string: the author's own host, file or pod, where the reader's paste
 * holds theirs. Some shapes read as `...` (any value: what `kb validate` asks the author to write); the others stay,
 * weighing a quarter of their words. Only at index time, over the entries' strings; browser-safe and pure.
 */

/**
 * Shapes that read as `...`: a name with a digit after a hyphen (`web-01`, `api-7d9f8b6c5-x2x9z`), a relative file
 * path with its `:line:column` if any (`src/app.js`, `src/app.ts:12:5`), a Go or Kubernetes map
 * (`{node-role.kubernetes.io/control-plane: }`), the host after a login (`git@github.com` reads as `git@...`: the login
 * stays, as in `git@__GIT_HOST__`), a package at a version (`some-lib@1.2.3`, `@scope/ui@4.12.4`; seventeenth session:
 * 6 npm peer lines of v2-v24 above the line, nothing else moved), a Maven or Gradle coordinate (a dotted group and two
 * or more `:` parts, `com.example:api:jar:1.0.0-SNAPSHOT`; twenty-second session, with the line and column: another
 * team's KBs f3 28 -> 22 and f4 27 -> 25 pastes below the line, nothing else moved on f1-f6, v2-v42 or the starter KB
 * written with its examples; a host and port has one colon and stays), a host under a domain reserved for examples
 * (RFC 2606: `rancher.example.com`, `pypi.internal.example`; twenty-sixth session: another team's KBs f1, f5 and f6 5
 * pastes above the line, nothing else moved on v2-v53 or f1-f16, where no starter string has one), a Gradle task path
 * in quotes (`':app:checkDebugAarMetadata'`: which task failed is the project's, its cause is in the lines after;
 * twenty-eighth session, with Gradle's `Execution failed for task '…'.` a wrapper line, boilerplate.ts), a .NET
 * namespace or NuGet id of three parts or more, each capitalised (`Contoso.Shared.Logging`, `Microsoft.AspNetCore.App`;
 * not one ending in `Exception` or `Error`, which names the error; thirty-first session: another team's KBs f2 and f12
 * 5 pastes above the line alone and beside, nothing else moved on v2-v69 or f1-f31, blind v70 and f32 line for line
 * the same). Measured on
 * held-out sets v2-v21 (docs/benchmarks/search-holdout.md, "Set v22, and values an author wrote"): 37 fewer pastes
 * below the confidence line and 18 more ranked first, no more confident but wrong or uncovered; with the starter
 * entries' placeholders turned back into their examples, 94 fewer below. Kept out, each by the same measure: an IPv4
 * address (+19 confident but wrong: `listen EACCES … 0.0.0.0:80` is not npm's denied path), a bare host name (+10
 * wrong), a URL (+8 uncovered confident), a port (+8 below): their shape is what tells near misses apart. Each is
 * linear: no part can match the character that ends the part before it (200 KB of `{a:`, `a-`, `a.a/`, `a@` or
 * `a@a.a.` takes 3 to 37 ms).
 */
const OPEN_SHAPES: readonly RegExp[] = [
  /(?<![\w.-])[A-Za-z][\w.]*-[\w.-]*\d[\w.-]*/g,
  /(?<![\w./-])[\w.-]+\/[\w./-]*\.[A-Za-z]{1,5}(?::\d+){0,2}(?![\w/])/g,
  /\{[^{}:\n]*:[^{}\n]*\}/g,
  /(?<=(?<![\w.@-])[a-z][\w-]*@)(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-]|\.\w)/gi,
  /(?<![\w.@/-])@?[a-z][\w.-]*(?:\/[\w.-]+)?@\d+(?:\.\d+)+(?![\w-]|\.\d)/gi,
  /(?<![\w.:/@-])[a-z][\w-]*(?:\.[\w-]+)+(?::[\w.-]+){2,}(?![\w/@-]|:[\w.-])/gi,
  /(?<![\w.@-])(?:[a-z0-9-]+\.)*example\.(?:com|net|org)(?![\w-]|\.\w)/gi,
  /(?<![\w.@-])(?:[a-z0-9-]+\.)+example(?![\w-]|\.\w)/gi,
  /(?<=['‘])(?::[\w.-]+)+(?=['’])/g,
  /(?<![\w.])[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*){2,}(?<!Exception|Error)(?![\w-]|\.\w)/g,
];

/**
 * Quoted parts and absolute paths, with a path's `:line:column`: example values too (`'express'`,
 * `"/home/you/.ssh/id_rsa"`, `/src/BUILD.bazel:3:11`). Read as `...` on top of
 * the four shapes above, quoted parts made 4 more pastes of v2-v21 confident but wrong and 9 more uncovered ones
 * confident (`may require 'docker login'` is the message, not a value); absolute paths changed nothing.
 */
const WEIGHED = /'([^'\s][^']*)'|"([^"]+)"|‘([^’]+)’|“([^”]+)”|(?<=^|[\s=(])((?:~|\.{1,2})?\/[^\s'"`:,()]+(?::\d+)*)/g;

/**
 * A quoted sentence is a message, not a value: three words or more of letters only (php-fpm's `FastCGI sent in stderr:
 * "Primary script unknown"`, older Docker's `caused "exec format error"`), where a value is a name, a path or a word.
 * Split, not one regex: `^\p{L}+(?:\s+\p{L}+){2,}\s*$` backtracks quadratically on a long run of spaces (0.7 s at
 * 40,000 in another team's string); this is linear.
 */
function isQuotedMessage(value: string): boolean {
  const words = value.trim().replace(/[.!]$/, '').split(/\s+/);
  return words.length >= 3 && words.every((word) => /^\p{L}+$/u.test(word));
}

/**
 * The text with each apostrophe inside a word taken out: it opens no quote. `Can't resolve 'crypto' in '/app/…'` quotes
 * `crypto`, where a quote opened at `Can't` took `t resolve` for the value and left `crypto` a word of the message at
 * full weight (another team's webpack entry, which lost to Node's `Can't resolve '__PACKAGE__'` on its own error).
 */
export function withoutInWordApostrophes(text: string): string {
  return text.replace(IN_WORD_APOSTROPHE, '');
}

const IN_WORD_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;

/** Share of its idf a token keeps when it is only part of a {@link WEIGHED} value. */
export const VALUE_WEIGHT = 0.25;

/** The error string with each value of an {@link OPEN_SHAPES} shape written as `...`. */
export function openValues(text: string): string {
  let out = text;
  for (const shape of OPEN_SHAPES) out = out.replace(shape, ' ... ');
  return out;
}

/** An error string's example values, read in one pass over its {@link WEIGHED} parts. */
export interface ExampleValues {
  /** Tokens found only inside the values. */
  values: Set<string>;
  /**
   * For each of the string's signature tokens, which value it belongs to (0, 1, … in order), or -1; null when none
   * does. Search reads a value token the reader's line lacks as a slot for the line's words at its place, provided
   * another token of the same value is on the line (signature-match.ts `slotValues`).
   */
  groups: number[] | null;
}

/** The {@link ExampleValues} of `text`, whose signature tokens are `tokens`. */
export function exampleValues(written: string, tokens: readonly string[]): ExampleValues {
  const text = withoutInWordApostrophes(written);
  const parts = weighedValues(text).map((value) => signatureTokens(value).filter((t) => t !== WILDCARD));
  if (parts.length === 0) return { values: new Set(), groups: null };
  const outside = new Set(signatureTokens(text.replace(WEIGHED, ' ')));
  const values = new Set(parts.flat().filter((t) => !outside.has(t)));
  const groups = tokens.map((t) => (values.has(t) ? parts.findIndex((part) => part.includes(t)) : -1));
  return { values, groups: groups.some((g) => g >= 0) ? groups : null };
}

/** The text of each {@link WEIGHED} part of `text` (a quoted part, an absolute path) that is not a quoted message. */
function weighedValues(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(WEIGHED)) {
    const value = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    if (!isQuotedMessage(value)) values.push(value);
  }
  return values;
}

/** Tokens found only inside the {@link WEIGHED} values of an error string. */
export function valueTokens(text: string): Set<string> {
  return exampleValues(text, []).values;
}

/**
 * The tokens a pasted line writes as values: inside its quoted parts and absolute paths ({@link WEIGHED}), and in any
 * word with a character other than letters (`/opt/app/server`, `\"http://localhost:9090/api\"`, `0:42`), whether or not
 * the line writes them elsewhere too. What may follow the word before a value (signature-match.ts `headInPlace`).
 */
export function valuePartTokens(line: string): Set<string> {
  const tokens = quotedValueTokens(line);
  for (const word of line.split(/\s+/)) {
    if (/[^\p{L}]/u.test(withoutEdgePunctuation(word))) for (const token of tokenize(word)) tokens.add(token);
  }
  return tokens;
}

/** The tokens a pasted line writes inside its quoted parts and absolute paths ({@link WEIGHED}) alone. */
export function quotedValueTokens(line: string): Set<string> {
  return new Set(weighedValues(withoutInWordApostrophes(line)).flatMap((value) => tokenize(value)));
}

/** Quotes, brackets and a closing colon or comma around a word (`"/opt/app/server":` is the path). By index: linear. */
function withoutEdgePunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && OPENING.includes(word[start])) start++;
  while (end > start && CLOSING.includes(word[end - 1])) end--;
  return word.slice(start, end);
}

const OPENING = '\\"\'`‘“([{';
const CLOSING = '\\"\'`’”)]},;:.!?';

/** What an example value is, where its kind tells two errors apart: a network address or a file path. */
const ADDRESS_SHAPE = 0;
const PATH_SHAPE = 1;

/**
 * The shape of one written value ({@link ADDRESS_SHAPE}, {@link PATH_SHAPE}) or -1: an IP address or `localhost`
 * with a port (`0.0.0.0:80`, `[::1]:5432`, `:::3000`), or an absolute path (`/run/app/app.sock`, `~/x`, `C:\\x`). A host name with a
 * port is left out: `app.js:12` is a file and its line.
 */
export function valueShape(word: string): number {
  const value = withoutEdgePunctuation(word);
  if (ADDRESS.test(value) || BRACKETED_ADDRESS.test(word)) return ADDRESS_SHAPE;
  if (PATH.test(value)) return PATH_SHAPE;
  return -1;
}

const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|::(?:1|ffff:[\d.]+)?|localhost|\*):\d{1,5}$/;
/** An IPv6 address in brackets, whose `[` edge punctuation would take. */
const BRACKETED_ADDRESS = /^\[[0-9a-fA-F:.]+\]:\d{1,5}[,.;:)]*$/;
const PATH = /^(?:~|\.{0,2})\/[^\s]+$|^[A-Za-z]:\\[^\s]*$/;

/**
 * The shaped example values of an error string, each with the word written before it (`permission denied 0.0.0.0:80`
 * gives `denied` and the address): a reader's line with a value of another shape after that word is another error
 * (signature-match.ts). Words of letters only; pairs `[word, shape]`.
 */
export function shapedValues(text: string): [string, number][] {
  const words = text.split(/\s+/);
  const found: [string, number][] = [];
  for (let i = 1; i < words.length; i++) {
    const shape = valueShape(words[i]);
    const before = withoutEdgePunctuation(words[i - 1]);
    if (shape >= 0 && /^\p{L}+$/u.test(before)) found.push([before.toLowerCase(), shape]);
  }
  return found;
}

/**
 * The shape of the value `line` writes right after `word` (or -1): the first time the word stands there as a whole
 * word. Linear: one scan of the line's words.
 */
export function shapeAfter(line: string, word: string): number {
  const words = line.split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    if (withoutEdgePunctuation(words[i]).toLowerCase() === word) return valueShape(words[i + 1]);
  }
  return -1;
}
