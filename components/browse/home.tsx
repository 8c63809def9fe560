import type { EntryModel } from '@/lib/content/model';
import { homeGroups, termCounts } from '@/lib/site/taxonomy';
import { paths, SITE, TAXONOMIES } from '@/lib/site/routes';
import { summarize } from '@/lib/site/entries';
import { EntryList } from './entry-list';
import styles from './browse.module.css';

/** Props of {@link Home}. */
interface HomeProps {
  entries: EntryModel[];
}

/** The home page: what the KB is for, its size, and the entries grouped by category (the first few of a large category, with a link to all). */
export function Home({ entries }: HomeProps) {
  const groups = homeGroups(entries);
  return (
    <div className={styles.page}>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">{SITE.name}</h1>
        <p className={styles.lead}>
          Fixes for errors engineers hit every day. Search for the error you see, tick the symptoms to confirm it is
          your problem, then copy the solution with your own values filled in.
        </p>
        <ul className={`list-reset ${styles.stats}`} aria-label="The KB in numbers">
          <li>
            <strong>{entries.length}</strong> entries
          </li>
          {TAXONOMIES.filter((t) => t.kind !== 'platform').map((t) => (
            <li key={t.kind}>
              <a href={paths.index(t.kind)}>
                <strong>{termCounts(entries, t.kind).length}</strong> {t.plural.toLowerCase()}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {entries.length === 0 && (
        <p role="status">
          This knowledge base has no entries yet. Add Markdown entries to the content folder (<code>npx kb new</code>{' '}
          starts one from the template, <code>npx kb import</code> turns a blog post into a draft), then build again.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`} className={styles.group}>
          <h2 id={`cat-${g.category}`} className={styles.groupTitle}>
            <a href={paths.term('category', g.category)}>{g.category}</a>
            <span className={styles.count}>
              {g.total}
              <span className="sr-only"> entries</span>
            </span>
          </h2>
          <EntryList entries={g.entries.map(summarize)} />
          {g.total > g.entries.length && (
            <p className={styles.more}>
              <a href={paths.term('category', g.category)}>{`All ${g.total} ${g.category} entries`}</a>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
