import { paths } from './routes';
import type { Metadata, MetadataRoute } from 'next';
import type { EntryModel } from '../content/model';
import { markdownToText } from '../render/markdown';

/** Longest meta description search engines show in full; longer TL;DRs are cut at a word. */
const DESCRIPTION_MAX = 160;

function description(entry: EntryModel): string {
  const text = markdownToText(entry.tldr) || markdownToText(entry.title);
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_MAX / 2))}…`;
}

/**
 * An entry page's metadata: title, meta description from the TL;DR, Open Graph tags, and, when the site's
 * public URL is known (KB_SITE_URL), a canonical URL so copies of the page with values in the query string
 * count as the one page.
 */
export function entryMetadata(entry: EntryModel, siteUrl: string | null): Metadata {
  const title = markdownToText(entry.title);
  const url = siteUrl ? `${siteUrl}/kb/${entry.id}` : undefined;
  return {
    title,
    description: description(entry),
    ...(url ? { alternates: { canonical: url } } : {}),
    openGraph: {
      type: 'article',
      title,
      description: description(entry),
      ...(url ? { url } : {}),
      publishedTime: entry.meta.created,
      modifiedTime: entry.meta.updated ?? entry.meta.created,
      tags: entry.meta.tags,
    },
  };
}

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
