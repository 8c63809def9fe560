'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { capPaste } from '@/lib/search/limits';
import { DraftEntry } from './draft-entry';
import { MatchedLines } from './matched-lines';
import { ResultList } from './result-list';
import { SearchStatus } from './search-status';
import { useSearch } from './use-search';
import styles from './search.module.css';

const LIMIT = 20;
/** Longer queries are not copied into the address bar (a URL that long breaks sharing and history). */
const MAX_URL_QUERY = 4096;

/** `/search?q=…`: a multi-line field and the same results as the header box; the URL follows the field. */
export function SearchPage() {
  const params = useSearchParams();
  const fieldId = useId();
  const listId = useId();
  const fromUrl = params.get('q') ?? '';
  const [query, setQuery] = useState(fromUrl);
  const state = useSearch(query, LIMIT, true);

  useEffect(() => setQuery((current) => (current === fromUrl ? current : fromUrl)), [fromUrl]);
  useEffect(() => {
    const url = query === '' || query.length > MAX_URL_QUERY ? '/search' : `/search?q=${encodeURIComponent(query)}`;
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, '', url);
  }, [query]);

  return (
    <div className={styles.page}>
      <h1>Search</h1>
      <label htmlFor={fieldId} className={styles.label}>
        Error message or log
      </label>
      <textarea
        id={fieldId}
        className={styles.textarea}
        rows={Math.min(12, Math.max(3, query.split('\n').length + 1))}
        spellCheck={false}
        placeholder="Paste the error, or the whole log: docker logs app 2>&1 | tail -50"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SearchStatus state={state} hint="Paste an error message or a few log lines. Timestamps, prefixes, ids and paths are ignored." />
      {state.status === 'done' && !state.confident && state.results.length > 0 && <h2 className={styles.closestHeading}>Closest entries</h2>}
      {'results' in state && state.results.length > 0 && <ResultList id={listId} results={state.results} active={-1} />}
      {state.status === 'done' && state.confident && <MatchedLines query={capPaste(query).text} results={state.results} />}
      {state.status === 'done' && !state.confident && <DraftEntry query={capPaste(query).text} />}
    </div>
  );
}
