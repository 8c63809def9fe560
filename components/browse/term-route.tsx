import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getEntries, staticParams, taxonomy, termCounts, type TaxonomyKind } from '@/lib/site';
import { TermList } from './term-list';
import { TermIndex, TermPage } from './term-page';

/** Route props of `/<kind>/[term]`. */
export interface TermRouteProps {
  params: Promise<{ term: string }>;
}

/**
 * What the `/<kind>/[term]` and `/<kind>` route files export, for one taxonomy; the route files
 * stay one-liners and the four taxonomies cannot drift apart.
 */
export function termRoute(kind: TaxonomyKind) {
  const t = taxonomy(kind);
  /** The term in the URL, decoded: Next may hand it over percent-encoded. */
  const termOf = async (params: TermRouteProps['params']) => decodeURIComponent((await params).term);

  return {
    generateStaticParams: async () => staticParams('term', termCounts(await getEntries(), kind).map((c) => c.term)),
    generateMetadata: async ({ params }: TermRouteProps): Promise<Metadata> => ({
      title: `${t.label}: ${await termOf(params)}`,
      description: `Troubleshooting entries for ${t.label.toLowerCase()} ${await termOf(params)}.`,
    }),
    Page: async function TermRoutePage({ params }: TermRouteProps) {
      const term = await termOf(params);
      const entries = await getEntries();
      if (!termCounts(entries, kind).some((c) => c.term === term)) notFound();
      return <TermPage kind={kind} term={term} entries={entries} />;
    },
    indexMetadata: { title: t.plural, description: `Every ${t.label.toLowerCase()} in the KB, with entry counts.` } satisfies Metadata,
    IndexPage: async function TermIndexPage() {
      return (
        <TermIndex kind={kind}>
          <TermList kind={kind} terms={termCounts(await getEntries(), kind)} />
        </TermIndex>
      );
    },
  };
}
