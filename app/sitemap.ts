import type { MetadataRoute } from 'next';
import { getEntries } from '@/lib/site/load';
import { paths } from '@/lib/site/routes';
import { readSiteConfig } from '@/lib/site/config';
import { sitemapOf } from '@/lib/site/sitemap';

export const dynamic = 'force-static';

/** `/sitemap.xml`: every page a search engine should know, entries with their last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapOf(await getEntries(), [paths.home(), paths.browse()], readSiteConfig().siteUrl);
}
