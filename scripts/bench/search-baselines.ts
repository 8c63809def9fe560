/**
 * Library baselines for the search benchmarks: MiniSearch 7 and FlexSearch 0.8, each once with
 * its own default text handling and the raw paste as query ("raw"), and once fed the same
 * normalization, field weights and query-line weighting as lib/search ("+ normalization").
 * In-memory only: neither library can load part of its index, which is why lib/search shards.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { EntryModel } from '../../lib/content/model';
import { FIELD_WEIGHTS, toSearchDocument, type FieldName } from '../../lib/search/documents';
import type { Ranker } from '../../lib/search/evaluate';
import { tokenize } from '../../lib/search/normalize';
import { MAX_QUERY_TERMS } from '../../lib/search/query';
import { queryTerms, weighLines } from '../../lib/search/signals';

const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];

type FlatDoc = { id: string } & Record<FieldName, string>;

/** A named baseline ranker built over entries. */
export interface Baseline {
  name: string;
  build: (entries: readonly EntryModel[]) => Ranker;
}

function flatten(entry: EntryModel): FlatDoc {
  const doc = toSearchDocument(entry);
  const flat = { id: doc.id } as FlatDoc;
  for (const field of FIELDS) flat[field] = doc.fields[field].join('\n');
  // The error strings as the author wrote them: lib/search reads a variable's example in one as its placeholder
  // (value-check.ts `openExamples`), a stock library would not.
  flat.errors = [...entry.symptoms.flatMap((s) => s.errors), ...entry.meta.match.map((m) => m.example)].join('\n');
  return flat;
}

/** The heaviest normalized terms of a paste, as lib/search looks them up. */
function plannedTerms(query: string) {
  return queryTerms(weighLines(query), MAX_QUERY_TERMS);
}

function miniSearch(normalized: boolean): Baseline {
  return {
    name: `MiniSearch 7${normalized ? ' + normalization' : ' (raw)'}`,
    build(entries) {
      const index = new MiniSearch<FlatDoc>({
        fields: FIELDS,
        ...(normalized ? { tokenize, processTerm: (t: string) => t } : {}),
        searchOptions: { boost: { ...FIELD_WEIGHTS }, combineWith: 'OR' },
      });
      index.addAll(entries.map(flatten));
      return {
        async search(query, limit) {
          if (!normalized)
            return {
              results: index
                .search(query)
                .slice(0, limit)
                .map((r) => ({ id: String(r.id) })),
            };
          const terms = plannedTerms(query);
          const weights = new Map(terms.map((t) => [t.token, t.weight]));
          const hits = index.search(terms.map((t) => t.token).join(' '), {
            tokenize: (q) => q.split(' '),
            boostTerm: (t) => weights.get(t) ?? 1,
          });
          return { results: hits.slice(0, limit).map((r) => ({ id: String(r.id) })) };
        },
      };
    },
  };
}

function flexSearch(normalized: boolean): Baseline {
  return {
    name: `FlexSearch 0.8${normalized ? ' + normalization' : ' (raw)'}`,
    build(entries) {
      const index = new FlexSearch.Document<FlatDoc>({
        document: {
          id: 'id',
          index: FIELDS.map((field) => ({
            field,
            tokenize: 'strict' as const,
            ...(normalized ? { encode: tokenize } : {}),
          })),
        },
      });
      for (const doc of entries.map(flatten)) index.add(doc);
      return {
        async search(query, limit) {
          const text = normalized
            ? plannedTerms(query)
                .map((t) => t.token)
                .join(' ')
            : query;
          const perField = index.search(text, { limit: 50, suggest: true });
          // Weighted reciprocal-rank fusion of the per-field result lists.
          const scores = new Map<string, number>();
          for (const { field, result } of perField) {
            result.forEach((id, rank) =>
              scores.set(String(id), (scores.get(String(id)) ?? 0) + FIELD_WEIGHTS[field as FieldName] / (rank + 1)),
            );
          }
          const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit);
          return { results: ranked.map(([id]) => ({ id })) };
        },
      };
    },
  };
}

/**
 * MiniSearch 7 as a stock user would set it up: every field, field boosts, the raw paste as
 * query, fuzzy (edit distance 20% of the term) and prefix search on. The anchor of the held-out
 * benchmark.
 */
export function miniSearchFuzzyPrefix(): Baseline {
  return {
    name: 'MiniSearch 7 (fuzzy + prefix)',
    build(entries) {
      const index = new MiniSearch<FlatDoc>({
        fields: FIELDS,
        searchOptions: { boost: { ...FIELD_WEIGHTS }, combineWith: 'OR', fuzzy: 0.2, prefix: true },
      });
      index.addAll(entries.map(flatten));
      return {
        async search(query, limit) {
          return {
            results: index
              .search(query)
              .slice(0, limit)
              .map((r) => ({ id: String(r.id) })),
          };
        },
      };
    },
  };
}

/** Every baseline, raw and normalized. */
export const BASELINES: readonly Baseline[] = [
  miniSearch(false),
  miniSearch(true),
  flexSearch(false),
  flexSearch(true),
];
