import type { EntryModel } from '../content/model';
import { FIELD_WEIGHTS, toSearchDocument, type FieldName, type SearchDocument } from './documents';
import { tokenize } from './normalize';
import { buildSignatures } from './signature-index';
import {
  IMPACT_SCALE,
  INDEX_FORMAT,
  indexFileEntries,
  inverseDocumentFrequency,
  powerOfTwoAtLeast,
  termShardOf,
  type DocRecord,
  type IndexFiles,
  type PostingList,
  type SignatureRecord,
  type TermShard,
} from './shards';

/**
 * Builds the search index from search documents: BM25F impacts per (term, document), computed
 * once here so a query only adds numbers, and the signatures of the exact error strings.
 */

/** Build-time knobs; the defaults suit KBs from a handful of entries to 100k. */
interface BuildOptions {
  /** Aimed-at size of one term shard in JSON characters. */
  termShardBytes?: number;
  /** Aimed-at size of one document shard in JSON characters. */
  docShardBytes?: number;
}

const K1 = 1.2;
/** Length normalization applies to the long fields only; short fields are already comparable. */
const LONG_FIELDS: ReadonlySet<FieldName> = new Set(['body', 'code']);
const B = 0.75;
const MAX_TERM_SHARDS = 8192;

/** Raw statistics of one term before idf and length normalization. */
interface TermStats {
  docs: number[];
  short: number[];
  body: number[];
  code: number[];
}

/**
 * The index of a KB's entries as the files it is served and cached in, by name (`manifest.json`, `t-0.json`,
 * `d-0.json` …): what the site's export, the development server and the CLI's cache hold.
 */
export function indexFilesOf(entries: readonly EntryModel[]): Map<string, unknown> {
  return new Map(indexFileEntries(indexEntries(entries)));
}

/** Builds the index of a KB's entries. */
export function indexEntries(entries: readonly EntryModel[], options: BuildOptions = {}): IndexFiles {
  return buildIndex(entries.map(toSearchDocument), options);
}

/** Builds the complete index. Documents are ordered by id so the output is deterministic. */
function buildIndex(documents: readonly SearchDocument[], options: BuildOptions = {}): IndexFiles {
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { terms, bodyLength, codeLength } = collectTerms(docs);
  const idf = new Map<string, number>();
  for (const [token, stats] of terms) idf.set(token, inverseDocumentFrequency(docs.length, stats.docs.length));
  const lengths = { body: bodyLength, code: codeLength, avgBody: average(bodyLength), avgCode: average(codeLength) };
  const postings = new Map<string, PostingList>();
  for (const [token, stats] of terms) postings.set(token, impacts(stats, idf.get(token) ?? 0, lengths));
  const signatures = buildSignatures(docs, idf);
  const termShards = shardTerms(postings, signatures, options.termShardBytes ?? 8_000);
  const docShards = shardDocs(
    docs.map((doc) => toDocRecord(doc, idf)),
    options.docShardBytes ?? 8_000,
  );
  return {
    manifest: {
      format: INDEX_FORMAT,
      docs: docs.length,
      termShards: termShards.length,
      docsPerShard: docShards.perShard,
    },
    termShards,
    docShards: docShards.shards,
  };
}

function collectTerms(docs: readonly SearchDocument[]) {
  const terms = new Map<string, TermStats>();
  const bodyLength: number[] = [];
  const codeLength: number[] = [];
  docs.forEach((doc, n) => {
    const counts = new Map<string, [number, number, number]>();
    const lengths = [0, 0, 0];
    for (const field of Object.keys(FIELD_WEIGHTS) as FieldName[]) {
      const slot = field === 'body' ? 1 : field === 'code' ? 2 : 0;
      const weight = LONG_FIELDS.has(field) ? 1 : FIELD_WEIGHTS[field];
      for (const text of doc.fields[field]) {
        for (const token of tokenize(text)) {
          const count = counts.get(token) ?? [0, 0, 0];
          count[slot] += weight;
          counts.set(token, count);
          lengths[slot]++;
        }
      }
    }
    bodyLength.push(lengths[1]);
    codeLength.push(lengths[2]);
    for (const [token, [short, body, code]] of counts) {
      const stats = terms.get(token) ?? { docs: [], short: [], body: [], code: [] };
      stats.docs.push(n);
      stats.short.push(short);
      stats.body.push(body);
      stats.code.push(code);
      terms.set(token, stats);
    }
  });
  return { terms, bodyLength, codeLength };
}

/** Per-document lengths of the long fields and their averages. */
interface FieldLengths {
  body: number[];
  code: number[];
  avgBody: number;
  avgCode: number;
}

function impacts(stats: TermStats, idf: number, { body, code, avgBody, avgCode }: FieldLengths): PostingList {
  const list: PostingList = [];
  let previous = 0;
  stats.docs.forEach((doc, i) => {
    const wtf =
      stats.short[i] +
      (FIELD_WEIGHTS.body * stats.body[i]) / (1 - B + (B * body[doc]) / avgBody) +
      (FIELD_WEIGHTS.code * stats.code[i]) / (1 - B + (B * code[doc]) / avgCode);
    const impact = (idf * wtf * (K1 + 1)) / (wtf + K1);
    list.push(doc - previous, Math.max(1, Math.round(impact * IMPACT_SCALE)));
    previous = doc;
  });
  return list;
}

function average(values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.length === 0 || sum === 0 ? 1 : sum / values.length;
}

function shardTerms(
  postings: Map<string, PostingList>,
  sigs: Map<string, SignatureRecord[]>,
  target: number,
): TermShard[] {
  let size = 0;
  for (const [token, list] of postings) size += token.length + 4 + list.length * 3;
  for (const [token, records] of sigs) size += token.length + JSON.stringify(records).length;
  const count = powerOfTwoAtLeast(size / target, MAX_TERM_SHARDS);
  const shards: TermShard[] = Array.from({ length: count }, () => ({ terms: {}, sigs: {} }));
  for (const [token, list] of postings) shards[termShardOf(token, count)].terms[token] = list;
  for (const [token, records] of sigs) shards[termShardOf(token, count)].sigs[token] = records;
  return shards;
}

/** How telling a `match:` example is: the idf of its distinct words, rounded to two decimals. */
function exampleWeight(example: string, idf: ReadonlyMap<string, number>): number {
  const weight = [...new Set(tokenize(example))].reduce((sum, token) => sum + (idf.get(token) ?? 0), 0);
  return Math.round(weight * 100) / 100;
}

function shardDocs(records: DocRecord[], target: number): { shards: DocRecord[][]; perShard: number } {
  const bytes = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  const average = records.length === 0 ? 1 : bytes / records.length;
  let perShard = 1;
  while (perShard * 2 * average <= target) perShard *= 2;
  const shards: DocRecord[][] = [];
  for (let i = 0; i < records.length; i += perShard) shards.push(records.slice(i, i + perShard));
  return { shards, perShard };
}

function toDocRecord(doc: SearchDocument, idf: ReadonlyMap<string, number>): DocRecord {
  const record: DocRecord = { id: doc.id, title: doc.title, category: doc.category, symptoms: doc.symptoms };
  if (doc.capture.length > 0) record.capture = doc.capture;
  if (doc.match.length > 0) {
    record.match = doc.match;
    record.matchWeights = doc.matchExamples.map((example) => exampleWeight(example, idf));
  }
  const declared = Object.entries(doc.declared).map(
    ([name, d]) => [name, { pattern: d.pattern, example: d.example, unusable: d.unusable }] as const,
  );
  if (declared.length > 0) record.declared = Object.fromEntries(declared);
  return record;
}
