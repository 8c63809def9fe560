import type { SearchState } from './use-search';
import styles from './search.module.css';

/** Props of {@link SearchStatus}. */
export interface SearchStatusProps {
  state: SearchState;
  /** Shown when there is no query yet. */
  hint: string;
}

/** One polite live line: what to do, loading, how many results, nothing found, or an error. */
export function SearchStatus({ state, hint }: SearchStatusProps) {
  return (
    <p role="status" className={styles.status}>
      {message(state, hint)}
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
    case 'done':
      return state.results.length === 0
        ? 'No entry matches. Paste the error line itself (the one with "error", "failed", "denied" or "ERR!"); timestamps, ids and paths are ignored.'
        : `${state.results.length} result${state.results.length === 1 ? '' : 's'}`;
  }
}
