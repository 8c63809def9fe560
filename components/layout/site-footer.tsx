import { paths, SITE, TAXONOMIES } from '@/lib/site/routes';
import styles from './layout.module.css';

/** The footer: what the site is and the browse indexes. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        {SITE.name}: {SITE.description}
      </p>
      <nav aria-label="Browse by">
        <ul className={`list-reset ${styles.footerLinks}`}>
          {TAXONOMIES.map((t) => (
            <li key={t.kind}>
              <a href={paths.index(t.kind)}>{t.plural}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
