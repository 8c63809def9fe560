import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryArticle } from '@/components/entry/entry-article';
import { markdownToText } from '@/lib/render/markdown';
import { backlinks, findEntry, getEntries, relatedEntries, summarize } from '@/lib/site';
import { readSiteConfig } from '@/lib/site-config';

export const dynamicParams = false;

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateStaticParams() {
  return (await getEntries()).map((e) => ({ id: e.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = findEntry(await getEntries(), (await params).id);
  if (!entry) return {};
  const title = markdownToText(entry.title);
  const description = markdownToText(entry.tldr);
  const site = readSiteConfig().siteUrl;
  const url = site ? `${site}/kb/${entry.id}` : undefined;
  return {
    title, description,
    alternates: url ? { canonical: url } : undefined,
    openGraph: { type: 'article', title, description, url, modifiedTime: entry.meta.updated ?? entry.meta.created },
  };
}

/** `/kb/<kb_id>`: one entry, laid out for someone fixing the problem now. */
export default async function EntryPage({ params }: Props) {
  const entries = await getEntries();
  const entry = findEntry(entries, (await params).id);
  if (!entry) notFound();
  return (
    <EntryArticle
      entry={entry}
      related={relatedEntries(entries, entry).map(summarize)}
      referencedBy={backlinks(entries, entry).map(summarize)}
    />
  );
}
