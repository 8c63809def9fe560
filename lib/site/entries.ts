/**
 * An entry among the others: look-up by id, its related entries and backlinks, and the plain props a
 * list shows for it. Pure: every function takes the entries (the build's partial rebuild uses them too).
 */
import type { EntryModel } from '../content/model';

/** What a list of entries shows for one entry: plain, serialisable props. */
export interface EntrySummary {
  id: string;
  title: string;
  /** TL;DR as Markdown (rendered inline by the list). */
  tldr: string;
  criticality: EntryModel['meta']['criticality'];
  category: string;
}

/** Look-ups over one KB's entries, built once per entries array rather than once per page. */
interface Links {
  byId: Map<string, EntryModel>;
  /** For each id, the entries that list it in `related_kb`, in the entries' order. */
  referrers: Map<string, EntryModel[]>;
}

/**
 * Keyed by the entries array: a build process loads the KB once, so every page shares one index. Scanning
 * the entries on every page instead took 2.4 s at 5,000 entries (and four times that at 10,000).
 */
const linksCache = new WeakMap<readonly EntryModel[], Links>();

function linksOf(entries: readonly EntryModel[]): Links {
  let links = linksCache.get(entries);
  if (links) return links;
  links = { byId: new Map(), referrers: new Map() };
  for (const e of entries) {
    if (!links.byId.has(e.id)) links.byId.set(e.id, e);
    for (const target of new Set(e.meta.related_kb)) {
      const list = links.referrers.get(target);
      if (list) list.push(e);
      else links.referrers.set(target, [e]);
    }
  }
  linksCache.set(entries, links);
  return links;
}

/** The entry with this id, or undefined. */
export function findEntry(entries: readonly EntryModel[], id: string): EntryModel | undefined {
  return linksOf(entries).byId.get(id);
}

/** The entries this entry lists in `related_kb`, in its order (ids that are not in the KB are skipped). */
export function relatedEntries(entries: readonly EntryModel[], entry: EntryModel): EntryModel[] {
  return entry.meta.related_kb.map((id) => findEntry(entries, id)).filter((e): e is EntryModel => e !== undefined);
}

/**
 * Entries that list this entry in their `related_kb` ("referenced by"), in the entries' order (by id), leaving
 * out those this entry already lists as related: a mutual link shows once, under "Related entries".
 */
export function backlinks(entries: readonly EntryModel[], entry: EntryModel): EntryModel[] {
  const referrers = linksOf(entries).referrers.get(entry.id) ?? [];
  return referrers.filter((e) => e.id !== entry.id && !entry.meta.related_kb.includes(e.id));
}

/** The plain props a list shows for an entry. */
export function summarize(entry: EntryModel): EntrySummary {
  return {
    id: entry.id,
    title: entry.title,
    tldr: entry.tldr,
    criticality: entry.meta.criticality,
    category: entry.meta.category,
  };
}
