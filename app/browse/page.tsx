import type { Metadata } from 'next';
import { BrowseAll } from '@/components/browse/browse-all';
import { getEntries } from '@/lib/site/load';

export const metadata: Metadata = {
  title: 'Browse',
  description: 'Every category, technology, tag and platform of the KB.',
};

/** `/browse`: every taxonomy with its terms. */
export default async function BrowsePage() {
  return <BrowseAll entries={await getEntries()} />;
}
