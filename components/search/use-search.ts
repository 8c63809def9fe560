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
  /** The last answer and the query it answers; while the field holds another query, that one is loading. */
  const [answer, setAnswer] = useState<{ query: string; limit: number; state: SearchState } | null>(null);
  const idle = !enabled || query.trim() === '';
  // Adjusted while rendering, not in an effect: an emptied field forgets the last answer, so the next query
  // starts from no results (https://react.dev/learn/you-might-not-need-an-effect).
  if (idle && answer !== null) setAnswer(null);
  useEffect(() => {
    if (idle) return;
    let current = true;
    const settle = (state: SearchState) => current && setAnswer({ query, limit, state });
    const timer = setTimeout(() => {
      const { text, truncated, searched } = capPaste(query);
      loadEngine()
        .then((engine) => engine.search(text, limit))
        .then(({ results, confident }) => settle({ status: 'done', results, confident, truncated, searched }))
        .catch((error: unknown) =>
          settle({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit, idle]);
  if (idle) return { status: 'idle' };
  if (answer === null) return { status: 'loading', results: [] };
  if (answer.query === query && answer.limit === limit) return answer.state;
  return { status: 'loading', results: 'results' in answer.state ? answer.state.results : [] };
}
