'use client';

import { useRouter } from 'next/navigation';
import { type ClipboardEvent, type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { fromFieldValue, isTypingTarget, moveActive, pasteInto, toFieldValue } from '@/lib/search/field';
import { loadEngine } from './engine-client';
import { ResultList } from './result-list';
import { SearchStatus } from './search-status';
import { useSearch } from './use-search';
import styles from './search.module.css';

const LIMIT = 8;

/**
 * The header search: results while typing, arrow keys and Enter to open one, Enter alone for the
 * full results page, `/` to focus from anywhere. The engine and index load on first focus.
 */
export function SearchBox() {
  const router = useRouter();
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

  const open = (path: string) => {
    setFocused(false);
    input.current?.blur();
    router.push(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(event.key, active, results.length));
    } else if (event.key === 'Enter' && query.trim() !== '') {
      event.preventDefault();
      open(active >= 0 && results[active] ? results[active].path : `/search?q=${encodeURIComponent(query)}`);
    } else if (event.key === 'Escape') {
      setActive(-1);
      setFocused(false);
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/\r?\n/.test(text)) return;
    event.preventDefault(); // keep the line breaks a one-line field would drop
    const field = event.currentTarget;
    setQuery(fromFieldValue(pasteInto(field.value, text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length)));
    setActive(-1);
  };

  return (
    <div
      className={styles.box}
      onFocus={() => {
        setFocused(true);
        setArmed(true);
        loadEngine().catch(() => undefined);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
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
        onChange={(event) => {
          setQuery(fromFieldValue(event.target.value));
          setActive(-1);
          setFocused(true);
        }}
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

/** `/` focuses the field from anywhere except while typing in another field. */
function useSlashShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input]);
}
