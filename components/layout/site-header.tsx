import Link from 'next/link';
import { SearchBox } from '@/components/search/search-box';
import { paths, SITE } from '@/lib/site';
import styles from './layout.module.css';

/** The bar on every page: skip link, site name, browse link and the search box. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <div className={styles.bar}>
        <Link href={paths.home()} className={styles.brand}>
          <span aria-hidden="true" className={styles.logo}>⚑</span> {SITE.name}
        </Link>
        <nav aria-label="Site" className={styles.nav}>
          <Link href={paths.browse()}>Browse</Link>
        </nav>
        <div className={styles.search}>
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
