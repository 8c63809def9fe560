import { Home } from '@/components/browse/home';
import { getEntries } from '@/lib/site/load';

/** `/`: what the KB is, and its entries by category. */
export default async function HomePage() {
  return <Home entries={await getEntries()} />;
}
