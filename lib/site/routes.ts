/**
 * The site's name, its taxonomies and every page path, in one place. Pure and browser-safe: the search
 * (results' links), the CLI (printed links) and client components use it as well as the pages.
 */

/** The site's name and one-line purpose, for the header, the home page and metadata. */
export const SITE = {
  name: 'Troubleshooting KB',
  description: 'Paste an error, confirm the symptoms, copy the fix with your values filled in.',
  /**
   * An empty inline favicon: browsers stop asking for /favicon.ico (a 404 on a static host) and
   * no page carries icon bytes; a real icon can replace it once the site has one.
   */
  icon: 'data:,',
} as const;

/** The four ways to browse the KB. */
export type TaxonomyKind = 'category' | 'tag' | 'technology' | 'platform';

/** How one taxonomy is named and routed. */
export interface Taxonomy {
  kind: TaxonomyKind;
  /** Singular label, e.g. "Technology". */
  label: string;
  /** Plural label, e.g. "Technologies". */
  plural: string;
  /** Route prefix without slashes; `/technology/<term>` and the index `/technology`. */
  route: string;
}

/** The taxonomies in the order the site shows them. */
export const TAXONOMIES: readonly Taxonomy[] = [
  { kind: 'category', label: 'Category', plural: 'Categories', route: 'category' },
  { kind: 'technology', label: 'Technology', plural: 'Technologies', route: 'technology' },
  { kind: 'tag', label: 'Tag', plural: 'Tags', route: 'tag' },
  { kind: 'platform', label: 'Platform', plural: 'Platforms', route: 'platform' },
];

/** The taxonomy record of a kind. */
export function taxonomy(kind: TaxonomyKind): Taxonomy {
  return TAXONOMIES.find((t) => t.kind === kind)!;
}

/** Site paths, in one place. */
export const paths = {
  home: () => '/',
  entry: (id: string) => `/kb/${id}`,
  term: (kind: TaxonomyKind, term: string) => `/${taxonomy(kind).route}/${encodeURIComponent(term)}`,
  index: (kind: TaxonomyKind) => `/${taxonomy(kind).route}`,
  browse: () => '/browse',
  /** The search page for a query; the bare page when the query is empty. */
  search: (query = '') => (query === '' ? '/search' : `/search?q=${encodeURIComponent(query)}`),
};
