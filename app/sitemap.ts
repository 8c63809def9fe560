import type { MetadataRoute } from 'next';
import { readSiteConfig } from '@/lib/site-config';
import { getEntries } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * `/sitemap.xml`: the home page and every entry, with `updated` (else `created`) as last modified.
 * URLs are absolute when KB_SITE_URL is set; without it they are site-relative paths.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = readSiteConfig().siteUrl ?? '';
  const entries = await getEntries();
  return [
    { url: `${base}/` },
    ...entries.map((e) => ({ url: `${base}/kb/${e.id}`, lastModified: e.meta.updated ?? e.meta.created })),
  ];
}
