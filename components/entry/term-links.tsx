import { paths, type TaxonomyKind } from '@/lib/site/routes';
import styles from './term-links.module.css';

/** Props of {@link TermLinks}. */
interface TermLinksProps {
  kind: TaxonomyKind;
  terms: readonly string[];
}

/** Taxonomy terms as links to their browse pages. */
export function TermLinks({ kind, terms }: TermLinksProps) {
  return (
    <ul className={`list-reset ${styles.terms}`}>
      {terms.map((term) => (
        <li key={term}>
          <a href={paths.term(kind, term)}>{term}</a>
        </li>
      ))}
    </ul>
  );
}
