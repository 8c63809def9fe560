import type { EntryModel } from '@/lib/content/model';
import { entriesWith } from '@/lib/site/taxonomy';
import { paths, taxonomy, type TaxonomyKind } from '@/lib/site/routes';
import { summarize } from '@/lib/site/entries';
import { EntryList } from './entry-list';
import styles from './browse.module.css';

/** Props of {@link TermPage}. */
interface TermPageProps {
  kind: TaxonomyKind;
  term: string;
  entries: EntryModel[];
}

/** `/<kind>/<term>`: every entry that carries the term, most critical first. */
export function TermPage({ kind, term, entries }: TermPageProps) {
  const t = taxonomy(kind);
  const list = entriesWith(entries, kind, term);
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <a href={paths.browse()}>Browse</a> <span aria-hidden="true">/</span> <a href={paths.index(kind)}>{t.plural}</a>
      </nav>
      <h1>
        <span className={styles.kindLabel}>{t.label}:</span> {term}
      </h1>
      <p className={styles.lead}>{list.length === 1 ? '1 entry' : `${list.length} entries`}</p>
      <EntryList entries={list.map(summarize)} />
    </div>
  );
}

/** Props of {@link TermIndex}. */
interface TermIndexProps {
  kind: TaxonomyKind;
  children: React.ReactNode;
}

/** `/<kind>`: every term of one taxonomy. */
export function TermIndex({ kind, children }: TermIndexProps) {
  const t = taxonomy(kind);
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <a href={paths.browse()}>Browse</a>
      </nav>
      <h1>{t.plural}</h1>
      {children}
    </div>
  );
}
