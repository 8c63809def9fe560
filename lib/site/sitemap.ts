import type { MetadataRoute } from 'next';
import type { EntryModel } from '../content/model';
import { paths } from './routes';

// Apart from lib/site/meta.ts, which renders Markdown: the sitemap route would otherwise compile the whole Markdown and
// highlighting pipeline once more, for route handlers (docs/benchmarks/build.md).

/**
 * `sitemap.xml`: the home page, the browse pages and every entry with its last change (`updated`, else
 * `created`). Addresses are absolute when KB_SITE_URL is set, as the sitemap protocol requires; without it
 * they are site paths, and the build says so.
 */
export function sitemapOf(
  entries: readonly EntryModel[],
  pages: readonly string[],
  siteUrl: string | null,
): MetadataRoute.Sitemap {
  const at = (path: string) => `${siteUrl ?? ''}${path}`;
  return [
    ...pages.map((p) => ({ url: at(p) })),
    ...entries.map((e) => ({ url: at(paths.entry(e.id)), lastModified: e.meta.updated ?? e.meta.created })),
  ];
}
