import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryProblems } from '@/components/dev/entry-problems';
import { EntryArticle } from '@/components/entry/entry-article';
import { withoutReusedPages } from '@/lib/build/reused-pages';
import { readSiteConfig } from '@/lib/site/config';
import { entryMetadata } from '@/lib/site/meta';
import { backlinks, findEntry, relatedEntries, summarize } from '@/lib/site/entries';
import { entryRouteIds, getEntries, IS_DEV, problemsOf } from '@/lib/site/load';
import { staticParams } from '@/lib/site/params';

export const dynamicParams = false;

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateStaticParams() {
  return staticParams('id', withoutReusedPages(await entryRouteIds()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = findEntry(await getEntries(), (await params).id);
  return entry ? entryMetadata(entry, readSiteConfig().siteUrl) : {};
}

/** `/kb/<kb_id>`: one entry, laid out for someone fixing the problem now. */
export default async function EntryPage({ params }: Props) {
  const entries = await getEntries();
  const { id } = await params;
  const entry = findEntry(entries, id);
  if (!entry && IS_DEV) {
    const problems = await problemsOf(id);
    if (problems.length > 0) return <EntryProblems id={id} problems={problems} />;
  }
  if (!entry) notFound();
  return (
    <EntryArticle
      entry={entry}
      related={relatedEntries(entries, entry).map(summarize)}
      referencedBy={backlinks(entries, entry).map(summarize)}
    />
  );
}
