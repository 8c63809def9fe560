import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';

export const metadata: Metadata = { title: 'Search' };

/** `/search?q=…`: full search results; the query lives in the URL (read in the browser). */
export default function SearchRoute() {
  return (
    <Suspense fallback={<p>Loading search…</p>}>
      <SearchPage />
    </Suspense>
  );
}
