'use client';

import { useSearchParams } from 'next/navigation';
import { type ClipboardEvent, lazy, Suspense, useEffect, useId, useState } from 'react';
import { capPaste, MAX_WEB_PASTE_CHARS } from '@/lib/search/limits';
import { MatchedLines } from './matched-lines';
import { ResultList } from './result-list';
import { SearchStatus } from './search-status';
import { useSearch } from './use-search';
import { paths } from '@/lib/site/routes';
import styles from './search.module.css';

/** Shown only when nothing matches confidently, so its code is fetched then, not with the page. */
const DraftEntry = lazy(() => import('./draft-entry').then((m) => ({ default: m.DraftEntry })));

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
  // Back, forward or a link to another `?q=` puts that query in the field (adjusted while rendering).
  const [shownUrlQuery, setShownUrlQuery] = useState(fromUrl);
  if (fromUrl !== shownUrlQuery) {
    setShownUrlQuery(fromUrl);
    setQuery(fromUrl);
  }
  /** Length of the last paste when it was longer than the search takes and only its start was kept. */
  const [pastedChars, setPastedChars] = useState<number | null>(null);
  const state = useSearch(query, LIMIT, true);
  const cut =
    pastedChars !== null
      ? { searched: query.length, total: pastedChars }
      : state.status === 'done' && state.truncated
        ? { searched: state.searched, total: query.length }
        : null;

  // A huge paste is cut before it reaches the field: laying out 1 MB of text alone blocks a browser for ~0.4 s.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text.length <= MAX_WEB_PASTE_CHARS) return;
    event.preventDefault();
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    setQuery(capPaste(value.slice(0, selectionStart) + capPaste(text).text + value.slice(selectionEnd)).text);
    setPastedChars(text.length);
  };

  useEffect(() => {
    const url = paths.search(query.length > MAX_URL_QUERY ? '' : query);
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
        onChange={(event) => {
          setQuery(event.target.value);
          setPastedChars(null);
        }}
        onPaste={onPaste}
      />
      <SearchStatus
        state={state}
        cut={cut}
        hint="Paste an error message or a few log lines. Timestamps, prefixes, ids and paths are ignored."
      />
      {state.status === 'done' && !state.confident && state.results.length > 0 && (
        <h2 className={styles.closestHeading}>Closest entries</h2>
      )}
      {'results' in state && state.results.length > 0 && <ResultList id={listId} results={state.results} active={-1} />}
      {state.status === 'done' && state.confident && (
        <MatchedLines query={capPaste(query).text} results={state.results} />
      )}
      {state.status === 'done' && !state.confident && (
        <Suspense fallback={null}>
          <DraftEntry query={capPaste(query).text} />
        </Suspense>
      )}
    </div>
  );
}
