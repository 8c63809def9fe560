'use client';

import { useEffect, useState } from 'react';
import { announce } from '@/components/variables/announcer';
import { copyWithValues } from '@/components/variables/use-copy';
import { copyStatus } from '@/lib/variables/prepare-copy';
import styles from './code.module.css';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** Exactly what to copy, `__NAME__` placeholders included; the reader's values are filled in on click. */
  template: string;
  /** The code block's language: values are quoted for its shell. Null: a shell command. */
  lang?: string | null;
  /** Accessible name, e.g. "Copy command"; defaults to "Copy". */
  label?: string;
}

type Status = { kind: 'copied' | 'warning' | 'refused' | 'failed'; text: string } | null;

/** How long a status stays beside the button; a warning or refusal stays longer, to be read. */
const SHOW_MS = { copied: 2000, warning: 8000, refused: 10000, failed: 8000 } as const;

/**
 * Copies one code block or command with the reader's values checked, quoted for the block's shell and filled
 * in, and says what happened beside the button, visibly: copied; copied but with values not filled in; or not
 * copied and why (a value failing its check, a value that cannot be quoted there).
 */
export function CopyButton({ template, lang = null, label = 'Copy' }: CopyButtonProps) {
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), SHOW_MS[status.kind]);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      const next = copyStatus(await copyWithValues(template, lang));
      setStatus(next);
      announce(next.text);
    } catch {
      setStatus({ kind: 'failed', text: 'Copy failed: select the text and copy it by hand.' });
      announce('Copy failed: select the text and copy it by hand.');
    }
  }

  const face = status?.kind === 'copied' ? '✓ Copied' : status?.kind === 'warning' ? '⚠ Copied' : status ? 'Not copied' : 'Copy';
  return (
    <span className={styles.copyWrap}>
      {status && status.kind !== 'copied' && (
        <span className={styles.copyStatus} data-kind={status.kind}>
          {status.text}
        </span>
      )}
      <button type="button" className={styles.copy} onClick={copy} aria-label={label} data-state={status?.kind}>
        <span aria-hidden="true">{face}</span>
      </button>
    </span>
  );
}
