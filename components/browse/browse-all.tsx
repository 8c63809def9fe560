import type { EntryModel } from '@/lib/content/model';
import { paths, TAXONOMIES } from '@/lib/site/routes';
import { termCounts } from '@/lib/site/taxonomy';
import { TermList } from './term-list';
import styles from './browse.module.css';

/** Props of {@link BrowseAll}. */
interface BrowseAllProps {
  entries: EntryModel[];
}

/** Every taxonomy with its terms and counts. */
export function BrowseAll({ entries }: BrowseAllProps) {
  return (
    <div className={styles.page}>
      <h1>Browse</h1>
      <p className={styles.lead}>{entries.length} entries, by category, technology, tag and platform.</p>
      {TAXONOMIES.map((t) => (
        <section key={t.kind} aria-labelledby={`browse-${t.kind}`} className={styles.group}>
          <h2 id={`browse-${t.kind}`}>
            <a href={paths.index(t.kind)}>{t.plural}</a>
          </h2>
          <TermList kind={t.kind} terms={termCounts(entries, t.kind)} />
        </section>
      ))}
    </div>
  );
}
