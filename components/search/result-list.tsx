import type { SearchResult } from '@/lib/search/results';
// An empty variable in a matched symptom is drawn as on the entry page (no data-var: no value is shown in it).
import '@/components/variables/kb-var.css';
import styles from './search.module.css';

/** Props of {@link ResultList}. */
interface ResultListProps {
  /** Id of the list; item `i` gets the id `${id}-${i}` (for aria-activedescendant). */
  id: string;
  results: readonly SearchResult[];
  /** Index of the result the arrow keys point at, or -1. */
  active: number;
  /** Called when a result is opened with the mouse. */
  onOpen?: () => void;
}

/**
 * The results of a search: title, kb_id, category, the matched symptom with the match marked, and
 * for a confident match the lines of the paste it matched; other results say they are only close.
 */
export function ResultList({ id, results, active, onOpen }: ResultListProps) {
  return (
    <ul id={id} aria-label="Search results" className={`list-reset ${styles.results}`}>
      {results.map((result, i) => (
        <li
          key={result.id}
          id={`${id}-${i}`}
          className={i === active ? styles.active : undefined}
          aria-current={i === active ? 'true' : undefined}
        >
          <a href={result.url} className={styles.result} onClick={onOpen}>
            <span className={styles.title}>{result.title}</span>
            <span className={styles.meta}>
              <code>{result.id}</code> · {result.category}
              {result.confident ? (
                result.lines.length > 0 && <> · line {result.lines.join(', ')}</>
              ) : (
                <>
                  {' '}
                  · <span className={styles.closest}>closest entry, not a confident match</span>
                </>
              )}
            </span>
            {result.matched && (
              <span className={styles.matched}>
                {result.highlights.map((run, k) =>
                  run.variable ? (
                    <span key={k} className="kb-var" title={`${run.variable}: a value your paste did not give`}>
                      {run.text}
                    </span>
                  ) : run.mark ? (
                    <mark key={k}>{run.text}</mark>
                  ) : (
                    <span key={k}>{run.text}</span>
                  ),
                )}
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
