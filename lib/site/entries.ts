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

/** The entry with this id, or undefined. */
export function findEntry(entries: readonly EntryModel[], id: string): EntryModel | undefined {
  return entries.find((e) => e.id === id);
}

/** The entries this entry lists in `related_kb`, in its order (ids that are not in the KB are skipped). */
export function relatedEntries(entries: readonly EntryModel[], entry: EntryModel): EntryModel[] {
  return entry.meta.related_kb.map((id) => findEntry(entries, id)).filter((e): e is EntryModel => e !== undefined);
}

/**
 * Entries that list this entry in their `related_kb` ("referenced by"), sorted by id, leaving out
 * those this entry already lists as related: a mutual link shows once, under "Related entries".
 */
export function backlinks(entries: readonly EntryModel[], entry: EntryModel): EntryModel[] {
  return entries.filter((e) => e.id !== entry.id && e.meta.related_kb.includes(entry.id) && !entry.meta.related_kb.includes(e.id));
}

/** The plain props a list shows for an entry. */
export function summarize(entry: EntryModel): EntrySummary {
  return { id: entry.id, title: entry.title, tldr: entry.tldr, criticality: entry.meta.criticality, category: entry.meta.category };
}
