/**
 * The site's KB for the pages: loaded once per build process (on every request in development),
 * with the look-ups that need it. Server-only: it reads the content folder, and `server-only` makes
 * importing it from a client component a build error. Scripts and the CLI call `loadKb`
 * (lib/content/kb.ts) directly; pure helpers that take the entries live beside this file.
 */
import 'server-only';
import path from 'node:path';
import { type Diagnostic, formatDiagnostic } from '../diagnostics';
import { contentDir } from '../content/content-dir';
import { readKbHandoff } from '../content/handoff';
import type { Kb } from '../content/kb';
import type { EntryModel } from '../content/model';

let cached: Promise<Kb> | null = null;

/**
 * The KB of `contentDir()`. Entries with errors are already left out by `loadKb`.
 * In development the content is parsed on every request, so an edited entry shows on reload. In a production build
 * the pages read the KB that `npm run build` validated and handed off (lib/content/handoff.ts), once per process:
 * the parser is imported only in the development branch, which Next drops from the production bundle, so the build
 * does not compile it and its dependencies (compile 9.0 s → 7.4 s in a clean build at 1,000 entries,
 * docs/benchmarks/build.md).
 */
export function getKb(): Promise<Kb> {
  if (process.env.NODE_ENV === 'development')
    return import('../content/kb').then(({ loadKb }) => loadKb(contentDir())).then(reportInDev);
  cached ??= readKbHandoff(contentDir()).then((kb) => kb ?? Promise.reject(new Error(NO_HANDOFF)));
  return cached;
}

const NO_HANDOFF =
  'No validated KB was handed to this build. The site is built by `npm run build`, which validates the content ' +
  'and hands it to Next.js; run that rather than `next build` alone.';

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
