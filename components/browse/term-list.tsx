import { paths, type TaxonomyKind } from '@/lib/site/routes';
import type { TermCount } from '@/lib/site/taxonomy';
import styles from './browse.module.css';

/** Props of {@link TermList}. */
interface TermListProps {
  kind: TaxonomyKind;
  terms: TermCount[];
}

/** Terms of one taxonomy as links with their entry counts. */
export function TermList({ kind, terms }: TermListProps) {
  return (
    <ul className={`list-reset ${styles.termList}`}>
      {terms.map(({ term, count }) => (
        <li key={term}>
          <a href={paths.term(kind, term)} className={styles.termLink}>
            {term}{' '}
            <span className={styles.count}>
              {count}
              <span className="sr-only">{count === 1 ? ' entry' : ' entries'}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
