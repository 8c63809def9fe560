/**
 * The static export, made by `npm run build` from what `next build` prerendered into `.next/`, in place of Next's own
 * `output: 'export'`. Next's export copies each page with its RSC payload and its per-segment prefetch files (about
 * eight per entry page), which this site never loads, as it links with plain `<a href>`; the build then deleted them
 * again. At 5,000 entries that cost about 8 s of Next's "Finalizing page optimization" and 3–6 s of deleting 40,551
 * files (docs/benchmarks/build.md). This moves only what a static host serves: the HTML of each prerendered page, the
 * body of each prerendered route handler (`sitemap.xml`), Next's static assets and the `public/` folder.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { eachLimited, FILE_CONCURRENCY } from './each-limited';

/** The parts of `.next/prerender-manifest.json` the export reads. */
export interface PrerenderManifest {
  /** Every prerendered path, with the app route that made it (`/kb/A_001` ← `/kb/[id]`). */
  routes: Record<string, { srcRoute?: string | null }>;
  /** Routes with parameters; `fallback: false` means only the listed params exist, so nothing is left to a server. */
  dynamicRoutes: Record<string, { fallback?: unknown }>;
  notFoundRoutes: string[];
}

/** `.next/server/app-paths-manifest.json`: app route entry (`/kb/[id]/page`, `/sitemap.xml/route`) → its module. */
export type AppPathsManifest = Record<string, string>;

/** One file of the export, from `.next/server/app` to the export folder; `copy` when the source is used twice. */
export interface ExportStep {
  from: string;
  to: string;
  copy?: boolean;
}

export interface ExportPlan {
  steps: ExportStep[];
  /** App routes that were not prerendered and would need a server (a page that reads cookies, say). */
  notStatic: string[];
}

/** Next's error page for a server error: a static host has no server to fail, and Next's own export skips it too. */
const SERVER_ERROR_ROUTE = '/_global-error';

/** The files to move for a build's manifests, and the routes that cannot be exported. Pure. */
export function exportPlan(prerender: PrerenderManifest, appPaths: AppPathsManifest): ExportPlan {
  const kinds = new Map<string, 'page' | 'handler'>();
  for (const entry of Object.keys(appPaths)) {
    const kind = entry.endsWith('/route') ? 'handler' : 'page';
    kinds.set(entry.replace(/\/(?:page|route)$/, '') || '/', kind);
  }
  const made = new Set(Object.values(prerender.routes).map((r) => r.srcRoute));
  const notStatic = [...kinds.keys()].filter(
    (route) =>
      route !== SERVER_ERROR_ROUTE &&
      !made.has(route) &&
      !(route in prerender.dynamicRoutes && prerender.dynamicRoutes[route].fallback === false),
  );
  const notFound = new Set(prerender.notFoundRoutes);
  const steps: ExportStep[] = [];
  for (const [route, { srcRoute }] of Object.entries(prerender.routes)) {
    if (route === SERVER_ERROR_ROUTE || notFound.has(route)) continue;
    const file = route === '/' ? '/index' : route;
    if (kinds.get(srcRoute ?? route) === 'handler') {
      steps.push({ from: `${file}.body`, to: file });
      continue;
    }
    if (route === '/_not-found') steps.push({ from: `${file}.html`, to: '/404.html', copy: true });
    steps.push({ from: `${file}.html`, to: `${file}.html` });
  }
  return { steps, notStatic };
}

/**
 * Moves a finished `next build`'s prerendered pages and assets out of `nextDir` (`.next/`) into `outDir`, which it
 * creates. Throws, naming them, when some route was not prerendered: the site must be static throughout. `nextDir`
 * is left without the moved files; the next `next build` empties it anyway.
 */
export async function exportPages(nextDir: string, outDir: string, publicDir: string): Promise<number> {
  const read = async <T>(file: string) => JSON.parse(await readFile(path.join(nextDir, file), 'utf8')) as T;
  const plan = exportPlan(
    await read<PrerenderManifest>('prerender-manifest.json'),
    await read<AppPathsManifest>(path.join('server', 'app-paths-manifest.json')),
  );
  if (plan.notStatic.length > 0)
    throw new Error(
      `not prerendered, so not exportable as a static site: ${plan.notStatic.join(', ')}. A route must not read ` +
        'request data (cookies, headers, search params) and must list all its params in generateStaticParams.',
    );
  const app = path.join(nextDir, 'server', 'app');
  const folders = new Set(plan.steps.map((s) => path.dirname(path.join(outDir, s.to))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  // The copies first: a copied source is moved by a later step.
  const copies = plan.steps.filter((s) => s.copy);
  for (const step of copies) await copyFile(path.join(app, step.from), path.join(outDir, step.to));
  await eachLimited(
    plan.steps.filter((s) => !s.copy),
    FILE_CONCURRENCY,
    (step) => rename(path.join(app, step.from), path.join(outDir, step.to)),
  );
  await mkdir(path.join(outDir, '_next'), { recursive: true });
  await rename(path.join(nextDir, 'static'), path.join(outDir, '_next', 'static'));
  // As Next's export does: the public folder's files at the root, where no page has the same path.
  if (existsSync(publicDir)) await cp(publicDir, outDir, { recursive: true, force: false });
  return plan.steps.length - copies.length;
}

/**
 * Whether a file of a Next.js static export is a React Server Components payload for client-side navigation:
 * `<route>.txt` beside `<route>.html`, or a per-segment prefetch file or folder `__next.*`. A `.txt` without a sibling
 * page (a `robots.txt`) is content. The export above writes none; the page-weight benchmark
 * (scripts/bench/page-weight.ts) counts them when it weighs a bare Next.js export.
 */
export function isRscPayload(name: string, siblings: ReadonlySet<string>): boolean {
  if (name.startsWith('__next.')) return true;
  return name.endsWith('.txt') && siblings.has(`${name.slice(0, -'.txt'.length)}.html`);
}
