import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getEntries } from '@/lib/site/load';
import { staticParams } from '@/lib/site/params';
import { TAXONOMIES, taxonomy, type TaxonomyKind } from '@/lib/site/routes';
import { termCounts } from '@/lib/site/taxonomy';
import { TermList } from './term-list';
import { TermIndex, TermPage } from './term-page';

/**
 * The `/<taxonomy>` and `/<taxonomy>/<term>` routes (`app/[taxonomy]/…`): one route pair serves the four
 * taxonomies of `TAXONOMIES`, so they cannot drift apart; the route files only re-export these.
 */

/** Route props of `/<taxonomy>`. */
interface TaxonomyRouteProps {
  params: Promise<{ taxonomy: string }>;
}

/** Route props of `/<taxonomy>/<term>`. */
interface TermRouteProps {
  params: Promise<{ taxonomy: string; term: string }>;
}

/** One `/<taxonomy>` page per taxonomy. */
export function taxonomyParams(): { taxonomy: string }[] {
  return TAXONOMIES.map((t) => ({ taxonomy: t.route }));
}

/**
 * Every `/<taxonomy>/<term>` page: both params, since the `/<taxonomy>` page's own params do not reach a
 * child route (only a layout's would). A taxonomy without terms gets the placeholder, which the build removes.
 */
export async function termParams(): Promise<{ taxonomy: string; term: string }[]> {
  const entries = await getEntries();
  return TAXONOMIES.flatMap((t) =>
    staticParams(
      'term',
      termCounts(entries, t.kind).map((c) => c.term),
    ).map(({ term }) => ({ taxonomy: t.route, term })),
  );
}

export async function taxonomyMetadata({ params }: TaxonomyRouteProps): Promise<Metadata> {
  const t = taxonomy(kindOf((await params).taxonomy));
  return { title: t.plural, description: `Every ${t.label.toLowerCase()} in the KB, with entry counts.` };
}

export async function termMetadata({ params }: TermRouteProps): Promise<Metadata> {
  const { taxonomy: route, term } = await params;
  const t = taxonomy(kindOf(route));
  const name = decodeURIComponent(term);
  return { title: `${t.label}: ${name}`, description: `Troubleshooting entries for ${t.label.toLowerCase()} ${name}.` };
}

/** `/<taxonomy>`: every term with its entry count. */
export async function TaxonomyRoutePage({ params }: TaxonomyRouteProps) {
  const kind = kindOf((await params).taxonomy);
  return (
    <TermIndex kind={kind}>
      <TermList kind={kind} terms={termCounts(await getEntries(), kind)} />
    </TermIndex>
  );
}

/** `/<taxonomy>/<term>`: the entries carrying the term. Next may hand the term over percent-encoded. */
export async function TermRoutePage({ params }: TermRouteProps) {
  const { taxonomy: route, term: raw } = await params;
  const kind = kindOf(route);
  const term = decodeURIComponent(raw);
  const entries = await getEntries();
  if (!termCounts(entries, kind).some((c) => c.term === term)) notFound();
  return <TermPage kind={kind} term={term} entries={entries} />;
}

function kindOf(route: string): TaxonomyKind {
  const found = TAXONOMIES.find((t) => t.route === route);
  if (!found) notFound();
  return found.kind;
}
