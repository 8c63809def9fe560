import { SearchBox } from '@/components/search/search-box';
import { paths, SITE } from '@/lib/site/routes';
import styles from './layout.module.css';

/** The bar on every page: skip link, site name, browse link and the search box. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <div className={styles.bar}>
        <a href={paths.home()} className={styles.brand}>
          <span aria-hidden="true" className={styles.logo}>
            ⚑
          </span>{' '}
          {SITE.name}
        </a>
        <nav aria-label="Site" className={styles.nav}>
          <a href={paths.browse()}>Browse</a>
        </nav>
        <div className={styles.search}>
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
