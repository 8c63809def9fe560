'use client';

import { useState } from 'react';
import { DRAFT_ID, draftEntry } from '@/lib/search/draft';
import styles from './search.module.css';

/** Props of {@link DraftEntry}. */
interface DraftEntryProps {
  /** The paste no entry matches confidently. */
  query: string;
}

/** "Add the missing entry": a draft with the pasted error as its first symptom, to copy into content/. */
export function DraftEntry({ query }: DraftEntryProps) {
  const [copied, setCopied] = useState(false);
  const text = draftEntry(query, new Date().toISOString().slice(0, 10));
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <details className={styles.draft}>
      <summary>Add the missing entry: a draft with this error as its first symptom</summary>
      <p>
        Save it as <code>content/{DRAFT_ID}.md</code>, rename file and id together, fill in the TODOs, then run{' '}
        <code>kb validate</code>.
      </p>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy draft'}
      </button>
      <pre role="region" aria-label="Draft entry" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </details>
  );
}
