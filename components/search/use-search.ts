import { useEffect, useState } from 'react';
import type { SearchResult } from '@/lib/search/results';
import { loadEngine } from './engine-client';

/** Where a search stands. `results` stay visible while the next query runs, to avoid flicker. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; results: SearchResult[] }
  | { status: 'done'; results: SearchResult[] }
  | { status: 'error'; message: string };

const DEBOUNCE_MS = 60;

/** Runs `query` through the lazily loaded engine once typing pauses; nothing happens until `enabled`. */
export function useSearch(query: string, limit: number, enabled: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (!enabled || query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({ status: 'loading', results: 'results' in previous ? previous.results : [] }));
    const timer = setTimeout(() => {
      loadEngine()
        .then((engine) => engine.search(query, limit))
        .then(({ results }) => current && setState({ status: 'done', results }))
        .catch((error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit, enabled]);
  return state;
}
