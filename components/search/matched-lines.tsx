import type { SearchResult } from '@/lib/search/results';
import styles from './search.module.css';

/** Props of {@link MatchedLines}. */
interface MatchedLinesProps {
  /** The paste as searched. */
  query: string;
  results: readonly SearchResult[];
}

/** Longest stretch of a matched line shown, in characters. */
const MAX_SHOWN = 400;

/**
 * The lines of a multi-line paste that matched an entry, earliest first, numbered as in the paste
 * and highlighted, each with the entry it matched: the problems of a whole log, root cause first.
 */
export function MatchedLines({ query, results }: MatchedLinesProps) {
  const byLine = new Map<number, string[]>();
  for (const result of results) for (const n of result.lines) byLine.set(n, [...(byLine.get(n) ?? []), result.id]);
  if (byLine.size === 0 || !query.includes('\n')) return null;
  const lines = query.split(/\r?\n/);
  const numbers = [...byLine.keys()].sort((a, b) => a - b);
  return (
    <section aria-label="Matched lines of the paste" className={styles.matchedLines}>
      <h2>Lines of your paste that matched</h2>
      <ol className="list-reset">
        {numbers.map((n) => (
          <li key={n} value={n}>
            <span className={styles.lineNumber}>line {n}:</span> <mark>{(lines[n - 1] ?? '').slice(0, MAX_SHOWN)}</mark>{' '}
            <span className={styles.meta}>→ {byLine.get(n)!.join(', ')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
