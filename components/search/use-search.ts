import { useEffect, useState } from 'react';
import { capPaste } from '@/lib/search/limits';
import type { SearchResult } from '@/lib/search/results';
import { loadEngine } from './engine-client';

/** Where a search stands. `results` stay visible while the next query runs, to avoid flicker. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; results: SearchResult[] }
  | { status: 'done'; results: SearchResult[]; confident: boolean; truncated: boolean; searched: number }
  | { status: 'error'; message: string };

const DEBOUNCE_MS = 60;

/**
 * Runs `query` through the lazily loaded engine once typing pauses; nothing happens until `enabled`.
 * A very long paste is searched up to {@link capPaste}'s limit, and the state says so.
 */
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
      const { text, truncated, searched } = capPaste(query);
      loadEngine()
        .then((engine) => engine.search(text, limit))
        .then(({ results, confident }) => current && setState({ status: 'done', results, confident, truncated, searched }))
        .catch((error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit, enabled]);
  return state;
}
