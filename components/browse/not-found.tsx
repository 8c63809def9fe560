import { paths } from '@/lib/site/routes';
import styles from './browse.module.css';
import { IdRedirect } from './id-redirect';

/**
 * The 404 page body: no such page or entry, and the ways back in. Kept short on purpose: Next embeds
 * it in every page's RSC payload (it is the root layout's not-found boundary). The footer links every index.
 */
export function NotFound() {
  return (
    <div className={styles.page}>
      <h1>Page not found</h1>
      <IdRedirect entryPrefix={paths.entry('')} idsUrl="/kb-ids.json" />
      <p className={styles.lead}>
        There is no page at this address. If you followed a link to an entry, its id may have changed or the entry was
        removed. Search for the error message above, or start from one of these:
      </p>
      <ul className={styles.linkList}>
        <li>
          <a href={paths.home()}>Home: every entry by category</a>
        </li>
        <li>
          <a href={paths.browse()}>Browse by category, technology, tag or platform</a>
        </li>
      </ul>
    </div>
  );
}
