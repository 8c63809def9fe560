/**
 * Taxonomy pages and lists: which terms an entry carries, how many entries each term has, and the order
 * lists show entries in. Pure: every function takes the entries, so scripts and tests use them without
 * loading a KB.
 */
import type { EntryModel } from '../content/model';
import { CRITICALITIES } from '../content/criticality';
import type { TaxonomyKind } from './routes';

/** One term of a taxonomy with the number of entries that carry it. */
export interface TermCount {
  term: string;
  count: number;
}

/** The terms an entry carries in one taxonomy. */
export function termsOf(entry: EntryModel, kind: TaxonomyKind): string[] {
  const { meta } = entry;
  if (kind === 'category') return [meta.category];
  if (kind === 'platform') return [meta.platform];
  return kind === 'tag' ? meta.tags : meta.technologies;
}

/** Every term of a taxonomy with its entry count, sorted by term. */
export function termCounts(entries: readonly EntryModel[], kind: TaxonomyKind): TermCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const term of new Set(termsOf(entry, kind))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => a.term.localeCompare(b.term));
}

/** Entries that carry `term` in a taxonomy, most critical first, then by title. */
export function entriesWith(entries: readonly EntryModel[], kind: TaxonomyKind, term: string): EntryModel[] {
  return sortForList(entries.filter((e) => termsOf(e, kind).includes(term)));
}

/** Entries grouped by category (categories sorted), each group sorted for listing. */
export function byCategory(entries: readonly EntryModel[]): { category: string; entries: EntryModel[] }[] {
  return termCounts(entries, 'category').map(({ term }) => ({
    category: term,
    entries: entriesWith(entries, 'category', term),
  }));
}

/**
 * How many entries of a category the home page lists; the rest are one click away on the category
 * page. A KB of thousands of entries would otherwise put every entry, TL;DR included, on the home page.
 */
const HOME_LIST_LIMIT = 12;

/** The home page's groups: each category with its total and its first `limit` entries as listed. */
export function homeGroups(
  entries: readonly EntryModel[],
  limit = HOME_LIST_LIMIT,
): { category: string; total: number; entries: EntryModel[] }[] {
  return byCategory(entries).map((g) => ({
    category: g.category,
    total: g.entries.length,
    entries: g.entries.slice(0, limit),
  }));
}

/** Most critical first, then by title. */
export function sortForList(entries: readonly EntryModel[]): EntryModel[] {
  const rank = (e: EntryModel) => CRITICALITIES.indexOf(e.meta.criticality);
  return [...entries].sort((a, b) => rank(b) - rank(a) || a.title.localeCompare(b.title));
}
