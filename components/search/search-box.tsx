'use client';

import { type ClipboardEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { fromFieldValue, keyAction, pasteInto, toFieldValue } from '@/lib/search/search-box-keys';
import { capPaste } from '@/lib/search/limits';
import { loadEngine } from './engine-client';
import { ResultList } from './result-list';
import { SearchStatus } from './search-status';
import { useSearch } from './use-search';
import { useSlashShortcut } from './use-slash-shortcut';
import { paths } from '@/lib/site/routes';
import styles from './search.module.css';

const LIMIT = 8;

/**
 * The header search: results while typing, arrow keys and Enter to open one, Enter alone for the
 * full results page, `/` to focus from anywhere. The engine and index load on first focus.
 */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [armed, setArmed] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useSearch(query, LIMIT, armed);
  const results = 'results' in state ? state.results : [];
  const expanded = focused && query.trim() !== '';
  useSlashShortcut(input);

  const edit = (next: string) => {
    setQuery(fromFieldValue(next));
    setActive(-1);
    setFocused(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = keyAction(event.key, active, results.length, query);
    if (!action) return;
    if (action.type !== 'close') event.preventDefault();
    if (action.type === 'move') setActive(action.active);
    if (action.type === 'close') setFocused(false);
    if (action.type === 'open' || action.type === 'submit') {
      setFocused(false);
      input.current?.blur();
      // Full page loads: the export ships no RSC payload files for client-side navigation.
      window.location.assign(action.type === 'open' ? results[action.index].url : paths.search(query));
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/\r?\n/.test(text)) return;
    event.preventDefault(); // keep the line breaks a one-line field would drop
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    edit(pasteInto(value, capPaste(text).text, selectionStart ?? value.length, selectionEnd ?? value.length));
  };
  const onFocus = () => {
    setFocused(true);
    setArmed(true);
    loadEngine().catch(() => undefined);
  };
  // Each page is a full load: what the reader typed before React took over the field is in the field, not in state,
  // and no change event will tell. Take it over once, as if typed now (a slow laptop, a reader who types at once).
  useEffect(() => {
    const field = input.current;
    if (!field || field.value === '') return;
    setQuery(fromFieldValue(field.value));
    if (document.activeElement === field) onFocus();
    // Once, on mount: later edits come through onChange.
  }, []);

  return (
    <div
      className={styles.box}
      onFocus={onFocus}
      onBlur={(event) => event.currentTarget.contains(event.relatedTarget) || setFocused(false)}
    >
      <input
        ref={input}
        type="search"
        role="searchbox"
        aria-label="Search"
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Paste an error or log…   ( / )"
        autoComplete="off"
        spellCheck={false}
        className={styles.input}
        value={toFieldValue(query)}
        onChange={(event) => edit(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {expanded && (
        <div className={styles.panel}>
          <SearchStatus state={state} hint="" />
          <ResultList id={listId} results={results} active={active} onOpen={() => setFocused(false)} />
        </div>
      )}
    </div>
  );
}
