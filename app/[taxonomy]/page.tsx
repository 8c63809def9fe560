import { taxonomyMetadata, taxonomyParams, TaxonomyRoutePage } from '@/components/browse/term-route';

// /category, /technology, /tag, /platform: one route for the four taxonomies (lib/site/routes.ts TAXONOMIES).
export const dynamicParams = false;
export const generateStaticParams = taxonomyParams;
export const generateMetadata = taxonomyMetadata;
export default TaxonomyRoutePage;
