/**
 * The site's KB for the pages: loaded once per build process (on every request in development),
 * with the look-ups that need it. Server-only: it reads the content folder, and `server-only` makes
 * importing it from a client component a build error. Scripts and the CLI call `loadKb`
 * (lib/content/kb.ts) directly; pure helpers that take the entries live beside this file.
 */
import 'server-only';
import path from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../diagnostics';
import { contentDir, type Kb, loadKb } from '../content/kb';
import { loadKbForBuild } from '../content/handoff';
import type { EntryModel } from '../content/model';

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
  const broken = kb.diagnostics
    .filter((d) => d.severity === 'error' && d.file.endsWith('.md'))
    .map((d) => path.basename(d.file, '.md'));
  return [...new Set([...ids, ...broken])];
}

/** The diagnostics of the file named `<id>.md` (development: shown in place of a broken entry). */
export async function problemsOf(id: string): Promise<Diagnostic[]> {
  return (await getKb()).diagnostics.filter((d) => path.basename(d.file, '.md') === id);
}

/** The valid entries, sorted by id. */
export async function getEntries(): Promise<EntryModel[]> {
  return (await getKb()).entries;
}
