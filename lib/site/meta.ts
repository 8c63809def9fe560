import type { Metadata } from 'next';
import type { EntryModel } from '../content/model';
import { markdownToText } from '../render/markdown-line';

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
