import type { SearchState } from './use-search';
import styles from './search.module.css';

/** Props of {@link SearchStatus}. */
interface SearchStatusProps {
  state: SearchState;
  /** Shown when there is no query yet. */
  hint: string;
  /** Characters searched and pasted, when a paste was longer than the search takes. */
  cut?: { searched: number; total: number } | null;
}

/**
 * One polite live line: what to do, loading, how many matches, no confident match, nothing found,
 * or an error; and, for a paste longer than the search takes, how much of it was searched.
 */
export function SearchStatus({ state, hint, cut }: SearchStatusProps) {
  const truncated = cut ?? (state.status === 'done' && state.truncated ? { searched: state.searched, total: 0 } : null);
  return (
    <p role="status" className={styles.status}>
      {message(state, hint)}
      {state.status !== 'idle' && truncated && (
        <strong className={styles.truncated}>
          {' '}
          Only the first {Math.round(truncated.searched / 1024)} KB of this paste
          {truncated.total > 0 ? ` (${Math.round(truncated.total / 1024)} KB)` : ''} were searched.
        </strong>
      )}
    </p>
  );
}

function message(state: SearchState, hint: string): string {
  switch (state.status) {
    case 'idle':
      return hint;
    case 'loading':
      return state.results.length ? `${state.results.length} results (updating…)` : 'Searching…';
    case 'error':
      return 'Search is unavailable right now: the search index could not be loaded. Browse the entries instead.';
    case 'done': {
      if (state.results.length === 0) {
        return 'No entry matches. Paste the error line itself (the one with "error", "failed", "denied" or "ERR!"); timestamps, ids and paths are ignored.';
      }
      if (!state.confident) {
        return 'No confident match: no entry has this error. The closest entries below share some words with it; they are not answers.';
      }
      const matches = state.results.filter((r) => r.confident).length;
      return `${matches} match${matches === 1 ? '' : 'es'}${state.results.length > matches ? `, ${state.results.length - matches} more related` : ''}`;
    }
  }
}
