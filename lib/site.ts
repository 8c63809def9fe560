/**
 * Site data for the pages: the KB loaded once per build process, look-ups, taxonomy and backlinks.
 * Server-only (reads the content folder); the helpers below `getKb` are pure and take the entries.
 */
import path from 'node:path';
import { type Diagnostic, formatDiagnostic } from './diagnostics';
import { contentDir, type Kb, loadKb } from './content/kb';
import { loadKbForBuild } from './content/handoff';
import type { EntryModel } from './content/model';
import { CRITICALITIES } from './content/schema';
import { type TaxonomyKind } from './site-routes';

// Names and paths are pure and browser-safe, in their own module; re-exported for the pages.
export { paths, SITE, TAXONOMIES, taxonomy, type Taxonomy, type TaxonomyKind } from './site-routes';

/** One term of a taxonomy with the number of entries that carry it. */
export interface TermCount {
  term: string;
  count: number;
}

/** What a list of entries shows for one entry: plain, serialisable props. */
export interface EntrySummary {
  id: string;
  title: string;
  /** TL;DR as Markdown (rendered inline by the list). */
  tldr: string;
  criticality: EntryModel['meta']['criticality'];
  category: string;
}

let cached: Promise<Kb> | null = null;

/** The KB of `contentDir()`, loaded once per process. Entries with errors are already left out by `loadKb`. */
export function getKb(): Promise<Kb> {
  // The dev server re-reads the content on every request, so an edited entry shows on reload.
  if (process.env.NODE_ENV === 'development') return loadKb(contentDir()).then(reportInDev);
  cached ??= loadKbForBuild(contentDir());
  return cached;
}

let lastReport = '';

/** In development, invalid entries are left out of the pages; say which and why on the console, once per change. */
function reportInDev(kb: Kb): Kb {
  const report = kb.diagnostics.map(formatDiagnostic).join('\n');
  if (report !== lastReport && report !== '') console.warn(report);
  lastReport = report;
  return kb;
}

/** True in `npm run dev`: pages then show broken entries' diagnostics and reload on save. */
export const IS_DEV = process.env.NODE_ENV === 'development';

/**
 * The ids the entry route serves: every valid entry, and in development also every file with errors
 * (named by its file), so a broken entry shows its diagnostics rather than "not found".
 */
export async function entryRouteIds(): Promise<string[]> {
  const kb = await getKb();
  const ids = kb.entries.map((e) => e.id);
  if (!IS_DEV) return ids;
  const broken = kb.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('.md')).map((d) => path.basename(d.file, '.md'));
  return [...new Set([...ids, ...broken])];
}

/** The diagnostics of the file named `<id>.md` (development: shown in place of a broken entry). */
export async function problemsOf(id: string): Promise<Diagnostic[]> {
  return (await getKb()).diagnostics.filter((d) => path.basename(d.file, '.md') === id);
}

export { PLACEHOLDER_PARAM, staticParams } from './site-params';

/** The valid entries, sorted by id. */
export async function getEntries(): Promise<EntryModel[]> {
  return (await getKb()).entries;
}

/** The entry with this id, or undefined. */
export function findEntry(entries: readonly EntryModel[], id: string): EntryModel | undefined {
  return entries.find((e) => e.id === id);
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
  for (const entry of entries) for (const term of new Set(termsOf(entry, kind))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => a.term.localeCompare(b.term));
}

/** Entries that carry `term` in a taxonomy, most critical first, then by title. */
export function entriesWith(entries: readonly EntryModel[], kind: TaxonomyKind, term: string): EntryModel[] {
  return sortForList(entries.filter((e) => termsOf(e, kind).includes(term)));
}

/** Entries grouped by category (categories sorted), each group sorted for listing. */
export function byCategory(entries: readonly EntryModel[]): { category: string; entries: EntryModel[] }[] {
  return termCounts(entries, 'category').map(({ term }) => ({ category: term, entries: entriesWith(entries, 'category', term) }));
}

/**
 * How many entries of a category the home page lists; the rest are one click away on the category
 * page. A KB of thousands of entries would otherwise put every entry, TL;DR included, on the home page.
 */
export const HOME_LIST_LIMIT = 12;

/** The home page's groups: each category with its total and its first `limit` entries as listed. */
export function homeGroups(entries: readonly EntryModel[], limit = HOME_LIST_LIMIT): { category: string; total: number; entries: EntryModel[] }[] {
  return byCategory(entries).map((g) => ({ category: g.category, total: g.entries.length, entries: g.entries.slice(0, limit) }));
}

/** Most critical first, then by title. */
export function sortForList(entries: readonly EntryModel[]): EntryModel[] {
  const rank = (e: EntryModel) => CRITICALITIES.indexOf(e.meta.criticality);
  return [...entries].sort((a, b) => rank(b) - rank(a) || a.title.localeCompare(b.title));
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
