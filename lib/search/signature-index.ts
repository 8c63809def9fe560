import type { SearchDocument } from './documents';
import { PLACEHOLDERS, signatureTokens, valueSlots, WILDCARD } from './normalize';
import { SIG_WEIGHT_SCALE, SIGNATURE_FLAGS, type SignatureRecord } from './shards';
import { chainParts } from './signals';
import { boilerplateSuffixStart, isBoilerplateTokens } from './boilerplate';
import { isSystemMessageTokens } from './system-messages';
import { isBareCommand, isCommand, loneOrdinaryWord } from './weak-string-check';
import { exampleValues, openValues, shapedValues, VALUE_WEIGHT } from './example-values';
import { errorNumbers } from './error-numbers';
import { fieldValues } from './field-values';
import { sentenceOpening } from './sentence-start';

/**
 * Signatures are the exact error strings of the symptoms, as token sequences. Each is stored
 * under its rarest tokens (anchors), so a query that contains one of them fetches it.
 */

/** How many of a signature's rarest tokens it is stored under. */
const ANCHORS = 2;

/**
 * A string that ends with a colon opens a message (`ERROR: failed to solve:`, `failed to register layer:`): the
 * error itself follows it on the line. So does one that ends with Ansible's `=>` (`fatal: [web01]: UNREACHABLE! =>`,
 * before the result that holds the error). Measured on held-out sets v2-v6 (docs/benchmarks/search-holdout.md): such
 * strings made 4 of 14 wrong confident answers, by wrapper text alone.
 */
const OPENS = /(?::|=>)\s*$/;

/** A string that is one identifier joined by underscores: `cluster_block_exception`, `ERR_REQUIRE_ESM`. */
const IDENTIFIER = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;

/** Signatures by anchor token. */
export function buildSignatures(
  docs: readonly SearchDocument[],
  idf: ReadonlyMap<string, number>,
): Map<string, SignatureRecord[]> {
  let maxIdf = 0;
  for (const value of idf.values()) maxIdf = Math.max(maxIdf, value);
  const byAnchor = new Map<string, SignatureRecord[]>();
  // Strings as the index reads them: an author's example values of some shapes read as `...` (example-values.ts).
  const texts = docs.map((doc) => doc.signatures.map((s) => withoutRepeatedElement(openValues(s.text))));
  const strings = texts.map((ofDoc) => ofDoc.map(tokenized));
  const { count: carriers, namedBy } = carriersOf(docs, strings);
  const heads = headCarriersOf(strings);
  // The programs the KB's commands run: a string that is one of them and a few words is a command (`git pull`).
  const programs = new Set(docs.flatMap((doc) => doc.programs));
  let id = 0;
  docs.forEach((doc, n) => {
    const seen = new Set<string>();
    doc.signatures.forEach((signature, s) => {
      const text = texts[n][s];
      const { tokens, key, tailStart, head } = strings[n][s];
      if (seen.has(key) || !tokens.some((t) => t !== WILDCARD)) return;
      seen.add(key);
      const { values, groups } = exampleValues(text, tokens);
      const weight = (t: string) => (idf.get(t) ?? maxIdf) * (values.has(t) ? VALUE_WEIGHT : 1);
      // A closing boilerplate clause weighs as little as a value: what the string says before it is the error.
      const closing = boilerplateSuffixStart(tokens);
      const label = shoutedLabels(text, tokens);
      const oneValue = valueSlots(text);
      let slot = 0;
      const weights = tokens.map((t, i) =>
        t === WILDCARD
          ? Number(oneValue[slot++])
          : Math.round(weight(t) * ((closing > 0 && i >= closing) || label[i] ? VALUE_WEIGHT : 1) * SIG_WEIGHT_SCALE),
      );
      const record: SignatureRecord = [
        id++,
        n,
        signature.symptom,
        tokens,
        weights,
        tailStart,
        innerStartOf(text, tokens),
      ];
      const flags =
        ((carriers.get(key) ?? 0) > 1 ? SIGNATURE_FLAGS.shared : 0) |
        ((carriers.get(key) ?? 0) > 1 && namedBy.get(key) === n ? SIGNATURE_FLAGS.named : 0) |
        (head && (heads.get(head)?.size ?? 0) > 1 ? SIGNATURE_FLAGS.sharedHead : 0) |
        (OPENS.test(text) ? SIGNATURE_FLAGS.opens : 0) |
        (isSystemMessageTokens(tokens) ? SIGNATURE_FLAGS.system : 0) |
        (isBoilerplateTokens(tokens) ? SIGNATURE_FLAGS.boilerplate : 0) |
        (tailStart > 0 && isSystemMessageTokens(tokens.slice(tailStart)) ? SIGNATURE_FLAGS.systemTail : 0) |
        (everySlotQuoted(text) ? SIGNATURE_FLAGS.quotedSlots : 0) |
        (IDENTIFIER.test(text.trim()) ? SIGNATURE_FLAGS.identifier : 0) |
        (loneOrdinaryWord(text, tokens) !== null ? SIGNATURE_FLAGS.loneWord : 0) |
        (isCommand(text) || isBareCommand(text, programs) ? SIGNATURE_FLAGS.command : 0) |
        (tailStart > 0 && isClassHead(text) ? SIGNATURE_FLAGS.classHead : 0);
      const shapes = shapedValues(signature.text);
      const fields = fieldValues(text);
      const numbers = errorNumbers(signature.text);
      const opening = sentenceOpening(text, tokens[0]);
      // The optional elements, each written only when it or one after it holds something.
      const optional = [
        flags,
        groups,
        shapes.length > 0 ? shapes : null,
        fields.length > 0 ? fields : null,
        numbers.length > 0 ? numbers : null,
        opening,
      ] as const;
      const last = optional.findLastIndex((x, i) => (i === 0 ? x !== 0 : x !== null));
      for (let i = 0; i <= last; i++) (record as unknown[]).push(optional[i]);
      for (const anchor of anchorsOf(tokens, weights)) {
        const list = byAnchor.get(anchor) ?? [];
        list.push(record);
        byAnchor.set(anchor, list);
      }
    });
  });
  return byAnchor;
}

/**
 * A registry repeats its error code as the message (`manifest unknown: manifest unknown`, `denied: denied`), where
 * another registry or client prints it once, or the code with its own message after it (ECR's `manifest unknown:
 * Requested image not found`): the error is the element once.
 */
export function withoutRepeatedElement(text: string): string {
  const parts = chainParts(text);
  const kept = parts.filter(
    (part, i) => i === 0 || part.text.trim().toLowerCase() !== parts[i - 1].text.trim().toLowerCase(),
  );
  return kept.length === parts.length ? text : kept.map((part) => part.text).join(': ');
}

/** An error string as the index compares it: tokens, their key, where its chain's tail starts, and its head's key. */
interface TokenizedString {
  tokens: string[];
  key: string;
  tailStart: number;
  /** The words before the chain's last element, without wildcards; empty when the string is not a chain. */
  head: string;
}

function tokenized(text: string): TokenizedString {
  const tokens = signatureTokens(text);
  const tailStart = tailStartOf(text, tokens);
  const head = tokens.slice(0, tailStart).filter((t) => t !== WILDCARD);
  return { tokens, key: tokens.join(' '), tailStart, head: head.join(' ') };
}

/** The entries whose strings have each head (see `SIGNATURE_FLAGS.sharedHead`). */
function headCarriersOf(strings: readonly (readonly TokenizedString[])[]): Map<string, Set<number>> {
  const carriers = new Map<string, Set<number>>();
  strings.forEach((ofDoc, n) => {
    for (const { head } of ofDoc) if (head) carriers.set(head, (carriers.get(head) ?? new Set()).add(n));
  });
  return carriers;
}

/**
 * How many entries carry each error string (as tokens). A string several entries carry (`fatal: Could not read
 * from remote repository.` after any failed git fetch) cannot tell them apart: it still ranks, but never makes
 * a match confident on its own, unless exactly one of its carriers has all its words in its title (`namedBy`):
 * several entries quote `CrashLoopBackOff` (the crash-loop entry, the OOMKilled one), and the one named after it is
 * about that status. One pass over the strings as `buildSignatures` tokenized them.
 */
function carriersOf(
  docs: readonly SearchDocument[],
  strings: readonly (readonly TokenizedString[])[],
): { count: Map<string, number>; namedBy: Map<string, number> } {
  const count = new Map<string, number>();
  const namedBy = new Map<string, number>();
  const ambiguous = new Set<string>();
  docs.forEach((doc, n) => {
    const title = new Set(signatureTokens(doc.title));
    for (const key of new Set(strings[n].map((s) => s.key))) {
      count.set(key, (count.get(key) ?? 0) + 1);
      if (!key.split(' ').every((t) => t === WILDCARD || title.has(t))) continue;
      if (namedBy.has(key)) ambiguous.add(key);
      else namedBy.set(key, n);
    }
  });
  for (const key of ambiguous) namedBy.delete(key);
  return { count, namedBy };
}

function anchorsOf(tokens: readonly string[], weights: readonly number[]): string[] {
  const best = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t !== WILDCARD) best.set(t, Math.max(best.get(t) ?? 0, weights[i]));
  });
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, ANCHORS)
    .map(([token]) => token);
}

/** Where the last element of a chained error string starts in its tokens; 0 when it is not a chain. */
export function tailStartOf(text: string, tokens: readonly string[]): number {
  const parts = chainParts(text);
  for (let i = parts.length - 1; i > 0; i--) {
    if (!signatureTokens(parts[i].bare).some((t) => t !== WILDCARD)) continue;
    const tail = signatureTokens(parts[i].text);
    const start = tokens.length - tail.length;
    return start > 0 && tail.every((t, j) => tokens[start + j] === t) ? start : 0;
  }
  return 0;
}

/**
 * Where the second element of a chained error string of three or more elements starts (`a: b: c`
 * → `b`), or 0. The outermost element is the caller's wrapper, which differs between tools that
 * report the same inner error (dockerd on Linux, Docker Desktop).
 */
export function innerStartOf(text: string, tokens: readonly string[]): number {
  const parts = wordedParts(text);
  if (parts.length < 3) return 0;
  const head = signatureTokens(parts[0].text);
  return head.length > 0 && head.length < tokens.length && head.every((t, i) => tokens[i] === t) ? head.length : 0;
}

/** The elements of a chained error string that hold a word outside `...` (a bare `...: ` element is none). */
function wordedParts(text: string): ReturnType<typeof chainParts> {
  return chainParts(text).filter((p) => signatureTokens(p.bare).some((t) => t !== WILDCARD));
}

/** A chain element shouted in capitals, two words or more: `INSTALLATION FAILED`, `FATAL ERROR`, `TASK ERROR`. */
const SHOUTED = /^[A-Z]{2,}(?:[ -][A-Z]{2,})+!?$/;

/**
 * For each token of a chained error string, whether it is in an element before the last that is a {@link SHOUTED}
 * label: the tool's stage or level (Helm's `Error: INSTALLATION FAILED:`, Proxmox's `TASK ERROR:`), where another
 * version or command prints the same error under another label or none (`Error: cannot re-use a name that is still in
 * use`). An underscored or single code (`ERR_REQUIRE_ESM`, `MISCONF`) is the error and stays. Such a label weighs
 * as little as a value. Twenty-sixth session: 9 strings of 370 entries have one (Node's `FATAL ERROR:`, Helm, Proxmox,
 * OpenVPN, webpack, gcloud); another team's KBs f8 and f13 5 pastes above the line (Helm's message without the label,
 * Proxmox's `cluster not ready - no quorum?` from its API), v2-v52 and the other KBs line for line the same; blind
 * v53 and f16 unchanged.
 */
export function shoutedLabels(text: string, tokens: readonly string[]): boolean[] {
  const label = tokens.map(() => false);
  const parts = chainParts(text);
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const own = signatureTokens(part.text);
    if (!own.every((t, j) => tokens[at + j] === t)) return tokens.map(() => false);
    if (i < parts.length - 1 && SHOUTED.test(part.text.trim())) label.fill(true, at, at + own.length);
    at += own.length;
  }
  return label;
}

const OPENING_QUOTE = /['"‘“]\s*$/;
const CLOSING_QUOTE = /^\s*['"’”]/;

/** The string has a `...` (or another placeholder), and each stands alone inside quotes: `'...'`, `"__IMAGE__"`. */
export function everySlotQuoted(text: string): boolean {
  let slots = 0;
  for (const match of text.matchAll(PLACEHOLDERS)) {
    slots++;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3);
    if (!OPENING_QUOTE.test(before) || !CLOSING_QUOTE.test(after)) return false;
  }
  return slots > 0;
}

/**
 * An exception class, dotted or not, as a chain's head: `RuntimeError`, `java.lang.IllegalStateException`. Found on
 * another team's Flask entry (f13): `RuntimeError: Working outside of application context.` against a logged
 * `ERROR:root:failed to refresh exchange rates: Working outside of application context.` On the read sets (v2-v50,
 * f1-f13): 5 pastes of f6, f12 and f13 above the line (SQLite's `database is locked` without `sqlite3.OperationalError`,
 * the JVM's `GC overhead limit exceeded` under Maven, Airflow's `No module named` under `Broken DAG:`), nothing else moved.
 */
const EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*(?:Error|Exception)$/;

/** The string is `Class: message`: one element before its last, an exception's class. */
export function isClassHead(text: string): boolean {
  const parts = wordedParts(text);
  return parts.length === 2 && EXCEPTION_CLASS.test(parts[0].text.trim());
}
