import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppPathsManifest,
  exportPages,
  exportPlan,
  isRscPayload,
  type PrerenderManifest,
} from '../../lib/build/export-pages';

/** The manifests of a small site as `next build` writes them: static pages, an entry route, a route handler. */
const APP_PATHS: AppPathsManifest = {
  '/page': 'app/page.js',
  '/_not-found/page': 'app/_not-found/page.js',
  '/_global-error/page': 'app/_global-error/page.js',
  '/kb/[id]/page': 'app/kb/[id]/page.js',
  '/sitemap.xml/route': 'app/sitemap.xml/route.js',
};
const PRERENDER: PrerenderManifest = {
  routes: {
    '/': { srcRoute: '/' },
    '/_not-found': { srcRoute: '/_not-found' },
    '/_global-error': { srcRoute: '/_global-error' },
    '/kb/A_001': { srcRoute: '/kb/[id]' },
    '/kb/B_001': { srcRoute: '/kb/[id]' },
    '/sitemap.xml': { srcRoute: '/sitemap.xml' },
  },
  dynamicRoutes: { '/kb/[id]': { fallback: false } },
  notFoundRoutes: [],
};

describe('exportPlan', () => {
  it("moves each prerendered page's HTML and each handler's body, with the not-found page as 404.html too", () => {
    const plan = exportPlan(PRERENDER, APP_PATHS);
    expect(plan.notStatic).toEqual([]);
    expect(plan.steps).toEqual([
      { from: '/index.html', to: '/index.html' },
      { from: '/_not-found.html', to: '/404.html', copy: true },
      { from: '/_not-found.html', to: '/_not-found.html' },
      { from: '/kb/A_001.html', to: '/kb/A_001.html' },
      { from: '/kb/B_001.html', to: '/kb/B_001.html' },
      { from: '/sitemap.xml.body', to: '/sitemap.xml' },
    ]);
  });

  it('names the routes a static host could not serve: not prerendered, or with params left to a server', () => {
    const plan = exportPlan(
      {
        ...PRERENDER,
        routes: { '/': { srcRoute: '/' } },
        dynamicRoutes: { '/kb/[id]': { fallback: null } },
      },
      { ...APP_PATHS, '/search/page': 'app/search/page.js' },
    );
    expect(plan.notStatic).toEqual(['/_not-found', '/kb/[id]', '/sitemap.xml', '/search']);
  });

  it('accepts a route with fixed params and none prerendered (an empty list), and skips not-found paths', () => {
    const plan = exportPlan({ ...PRERENDER, notFoundRoutes: ['/kb/B_001'] }, APP_PATHS);
    expect(plan.notStatic).toEqual([]);
    expect(plan.steps.map((s) => s.to)).not.toContain('/kb/B_001.html');
    const none = exportPlan(
      { ...PRERENDER, routes: { '/': { srcRoute: '/' }, '/_not-found': { srcRoute: '/_not-found' } } },
      { '/page': 'app/page.js', '/_not-found/page': '', '/kb/[id]/page': '' },
    );
    expect(none.notStatic).toEqual([]);
  });
});

describe('exportPages', () => {
  let dir: string;
  const next = () => path.join(dir, '.next');
  const out = () => path.join(dir, 'stage', 'out');

  /** A `.next/` with the manifests above, each page beside its RSC payload and segment files. */
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'export-pages-'));
    const files: Record<string, string> = {
      'prerender-manifest.json': JSON.stringify(PRERENDER),
      'server/app-paths-manifest.json': JSON.stringify(APP_PATHS),
      'static/chunks/a.js': 'js',
      'static/BUILD/_buildManifest.js': 'manifest',
      'server/app/sitemap.xml.body': '<urlset/>',
      'server/app/sitemap.xml.meta': '{}',
      'server/app/_global-error.html': '<html>500</html>',
    };
    for (const page of ['index', '_not-found', 'kb/A_001', 'kb/B_001']) {
      files[`server/app/${page}.html`] = `<html>${page}</html>`;
      files[`server/app/${page}.rsc`] = 'payload';
      files[`server/app/${page}.meta`] = '{}';
      files[`server/app/${page}.segments/_tree.segment.rsc`] = 'segment';
    }
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(next(), file)), { recursive: true });
      await writeFile(path.join(next(), file), text);
    }
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function exported(): Promise<string[]> {
    const entries = await readdir(out(), { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(out(), path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  }

  it('writes what a static host serves and no RSC payload, segment or metadata file', async () => {
    const publicDir = path.join(dir, 'public');
    await mkdir(publicDir);
    await writeFile(path.join(publicDir, 'robots.txt'), 'User-agent: *');
    await writeFile(path.join(publicDir, 'index.html'), 'a public file never replaces a page');
    expect(await exportPages(next(), out(), publicDir)).toBe(5);
    expect(await exported()).toEqual([
      '404.html',
      '_next/static/BUILD/_buildManifest.js',
      '_next/static/chunks/a.js',
      '_not-found.html',
      'index.html',
      'kb/A_001.html',
      'kb/B_001.html',
      'robots.txt',
      'sitemap.xml',
    ]);
    expect(await readFile(path.join(out(), '404.html'), 'utf8')).toBe('<html>_not-found</html>');
    expect(await readFile(path.join(out(), 'index.html'), 'utf8')).toBe('<html>index</html>');
    expect(await readFile(path.join(out(), 'sitemap.xml'), 'utf8')).toBe('<urlset/>');
  });

  it('stops, naming the route, when a route was not prerendered; a missing page file is an error too', async () => {
    const manifest = path.join(next(), 'server/app-paths-manifest.json');
    await writeFile(manifest, JSON.stringify({ ...APP_PATHS, '/search/page': 'app/search/page.js' }));
    await expect(exportPages(next(), out(), path.join(dir, 'public'))).rejects.toThrow(
      /not prerendered, so not exportable as a static site: \/search\./,
    );
    await writeFile(manifest, JSON.stringify(APP_PATHS));
    await rm(path.join(next(), 'server/app/kb/B_001.html'));
    await expect(exportPages(next(), out(), path.join(dir, 'public'))).rejects.toThrow(/ENOENT/);
    expect(existsSync(path.join(dir, 'public'))).toBe(false);
  });
});

describe('isRscPayload', () => {
  const siblings = new Set(['a.html', 'a.txt', 'robots.txt']);
  it('knows a page payload by its sibling page, and segment files by name', () => {
    expect(isRscPayload('a.txt', siblings)).toBe(true);
    expect(isRscPayload('robots.txt', siblings)).toBe(false);
    expect(isRscPayload('__next._tree.txt', siblings)).toBe(true);
    expect(isRscPayload('a.html', siblings)).toBe(false);
  });
});
