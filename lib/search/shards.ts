/**
 * The serialized search index: a small manifest, term shards chosen by the hash of a normalized
 * token (a query fetches only the shards of its own tokens) and document shards by position
 * (a query fetches only those of the results it shows). Plain JSON, browser-safe.
 */

import type { VariableDeclaration } from '../content/schema';
import type { FieldValue } from './field-values';

/** Bumped whenever the normalization or the file layout changes. */
export const INDEX_FORMAT = 20;

/** `manifest.json`: what a reader needs to find the other files. */
export interface IndexManifest {
  format: number;
  /** Number of documents. */
  docs: number;
  termShards: number;
  docsPerShard: number;
}

/**
 * A posting list, interleaved: `[docDelta, impact, docDelta, impact, …]`. Documents ascend and
 * are delta-coded; an impact is the term's precomputed BM25F score for the document × 20.
 */
export type PostingList = number[];

/**
 * An exact error string: `[signatureId, doc, symptom, tokens, idf × 100 per token, tailStart, innerStart, flags,
 * valueGroups, valueShapes]`; `*` is a wildcard, whose weight is 1 where it stands for one value (a variable;
 * normalize.ts `valueSlots`) and 0 where it stands for any text (`...`; index format 16); `tokens.slice(tailStart)` is
 * the last element of a chained string (`a: b: c`), the part that names the error (0 when the string is not a chain);
 * `innerStart` (optional) where the elements after the outermost one start, in a chain of three or more (see
 * `innerStartOf`); `flags` (optional, {@link SIGNATURE_FLAGS}) say how far the string alone can make a match
 * confident; `valueGroups` (optional, null when only later elements follow), per token, which of the author's example
 * values it belongs to, or -1 (example-values.ts `exampleValues`); `valueShapes` (optional; index format 17), each
 * shaped example value as the word before it and its shape (example-values.ts `shapedValues`), null when only
 * `fieldValues` follows; `fieldValues` (optional; index format 18), each `key=value` field the string writes with a
 * value of its own, as its key and the words of its value (field-values.ts), null when only `errorNumbers` follows;
 * `errorNumbers` (optional; index format 19), the numbers and codes the string writes after `error` (error-numbers.ts),
 * null when only `opening` follows; `opening` (optional; index format 20), the string's first two words, lower-case,
 * when they open a sentence (`out of` for `Out of memory: …`; sentence-start.ts).
 */
export type SignatureRecord = [
  number,
  number,
  number,
  string[],
  number[],
  number,
  number?,
  number?,
  (number[] | null)?,
  ([string, number][] | null)?,
  (FieldValue[] | null)?,
  (string[] | null)?,
  string?,
];

/** Bits of a signature's `flags`. */
export const SIGNATURE_FLAGS = {
  /** More than one entry carries the string: it never makes a match confident on its own. */
  shared: 1,
  /**
   * The string ends with a colon (`ERROR: failed to solve:`): it opens a message whose error follows, so it makes a
   * match confident only on a line that holds nothing else.
   */
  opens: 2,
  /**
   * The string is only a system error's text (`No space left on device`; lib/search/system-messages.ts), which any
   * program prints: like a shared string, it ranks but never makes a match confident on its own.
   */
  system: 4,
  /**
   * The string is only a line tools print around any error (`Please make sure you have the correct access rights`;
   * lib/search/boilerplate.ts): like a shared string, it ranks but never makes a match confident on its own.
   */
  boilerplate: 8,
  /**
   * With `shared`: of the entries that carry the string, only this one's title names it (`CrashLoopBackOff` for the
   * crash-loop entry, beside the OOMKilled one). It makes this entry a confident match, ranked after any confident
   * match on an entry's own string: such a string is a status that other entries' causes show too.
   */
  named: 16,
  /**
   * Another entry's string has the same head (the words before a chain's last element: `error response daemon`,
   * `x509`): a line that holds the head alone cannot tell the two apart (see `headAlone` in signature-match.ts).
   */
  sharedHead: 32,
  /**
   * The string's last element is only a system error's text (`sudo: unable to resolve host ...: Temporary failure in
   * name resolution`): a line that is that element after a head of its own (`ping: web01: Temporary failure in name
   * resolution`) is any program's failure, not this string's; typed alone, it is still the reader's query for it.
   */
  systemTail: 64,
  /**
   * Every `...` of the string stands inside quotes (`Cannot find module '...'`): it stands for a quoted value, so on a
   * line only words inside quotes fill it, not the words of another message around them.
   */
  quotedSlots: 128,
  /**
   * The string is one identifier joined by underscores (`cluster_block_exception`, `ERR_REQUIRE_ESM`): search reads its
   * words apart, so it matches the words written out (`certificate verify failed`), but only all of them: two of
   * `cluster_block_exception` are in any OpenSearch pod's log line (`opensearch-cluster-master-0 … node validation
   * exception`).
   */
  identifier: 256,
  /**
   * The string is one ordinary word once stopwords and `...` are set aside (`namespace`, `[Interface]`, `Killed`;
   * lib/search/weak-string-check.ts `loneOrdinaryWord`, which `kb validate` warns about): any line with that word holds
   * it whole, so like a shared string it ranks but never makes a match confident on its own. A word spelled like an
   * identifier (`OOMKilled`, `EADDRINUSE`, `CrashLoopBackOff`) names its error and is not flagged.
   */
  loneWord: 512,
  /**
   * The string is a command (`mount -t nfs`, `journalctl -u nfs-server`; weak-string-check.ts `isCommand`), which another
   * team's author backticks beside the error: any failure of that command shows its words, so like a shared string it
   * ranks but never makes a match confident on its own.
   */
  command: 1024,
  /**
   * The string is an exception's class and its message, nothing else (`RuntimeError: Working outside of application
   * context.`, `java.lang.IllegalStateException: …`): a logger that prints the message alone (`log.error("…: %s", e)`)
   * still reports this error, so a line with the whole message as its own last element is a match without the class.
   */
  classHead: 2048,
} as const;

/** One term shard: postings by token and signatures by anchor token (the rarest of the signature). */
export interface TermShard {
  terms: Record<string, PostingList>;
  sigs: Record<string, SignatureRecord[]>;
}

/** What a result shows for a document. */
export interface DocRecord {
  id: string;
  title: string;
  category: string;
  /** Symptom items as plain text. */
  symptoms: string[];
  /** Error strings with `__NAME__` placeholders, which capture values from a paste (absent when none). */
  capture?: string[];
  /** The entry's `match:` patterns (absent when none). */
  match?: string[];
  /**
   * For each pattern, how telling its example is as an error string (the idf of its words, as a signature's
   * specificity): a pattern's match ranks like its example matched in full.
   */
  matchWeights?: number[];
  /** Declarations of the variables those strings and patterns name (absent when none). */
  declared?: Record<string, Pick<VariableDeclaration, 'pattern' | 'example' | 'unusable'>>;
}

/** The whole index, ready to be written as files or served from memory. */
export interface IndexFiles {
  manifest: IndexManifest;
  termShards: TermShard[];
  docShards: DocRecord[][];
}

/** Scale of the stored integer impacts. */
export const IMPACT_SCALE = 20;
/** Scale of the stored integer signature token weights. */
export const SIG_WEIGHT_SCALE = 100;

/** File name of the manifest. */
export const MANIFEST_FILE = 'manifest.json';

/** File name of term shard `n`. */
export function termShardFile(n: number): string {
  return `t-${n}.json`;
}

/** File name of document shard `n`. */
export function docShardFile(n: number): string {
  return `d-${n}.json`;
}

/** The term shard a normalized token lives in: FNV-1a 32-bit hash modulo the shard count. */
export function termShardOf(token: string, termShards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % termShards;
}

/** The document shard holding document number `doc`. */
export function docShardOf(doc: number, docsPerShard: number): number {
  return Math.floor(doc / docsPerShard);
}

/** Every file of the index as `[fileName, json value]`, manifest first. */
export function indexFileEntries(index: IndexFiles): Array<[string, unknown]> {
  return [
    [MANIFEST_FILE, index.manifest],
    ...index.termShards.map((shard, n): [string, unknown] => [termShardFile(n), shard]),
    ...index.docShards.map((shard, n): [string, unknown] => [docShardFile(n), shard]),
  ];
}

/** BM25 idf of a term found in `df` of `docCount` documents; always positive. */
export function inverseDocumentFrequency(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** The smallest power of two ≥ `value`, at least 1 and at most `max`. */
export function powerOfTwoAtLeast(value: number, max: number): number {
  let n = 1;
  while (n < value && n < max) n *= 2;
  return n;
}
