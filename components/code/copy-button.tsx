'use client';

import { useEffect, useState } from 'react';
import { announce } from '@/components/variables/announcer';
import { copyWithValues } from '@/components/variables/clipboard';
import { copySpoken, copyStatus } from '@/lib/variables/copy-plan';
import styles from './code.module.css';

/** Props of {@link CopyButton}. */
interface CopyButtonProps {
  /** Exactly what to copy, `__NAME__` placeholders included; the reader's values are filled in on click. */
  template: string;
  /** Accessible name, e.g. "Copy command"; defaults to "Copy". */
  label?: string;
  /** The block's language: values are quoted for its shell. Null or absent: a shell command. */
  lang?: string | null;
}

type State = { kind: 'idle' } | { kind: 'copied' | 'warned' | 'refused' | 'failed'; message: string };

const BUTTON_TEXT = {
  idle: 'Copy',
  copied: '✓ Copied',
  warned: '⚠ Copied',
  refused: 'Not copied',
  failed: 'Copy failed',
} as const;

/**
 * Copies one code block or command, with the reader's values filled in and quoted for the shell,
 * and says what happened next to the button: unfilled values and refused copies stay in view.
 */
export function CopyButton({ template, label = 'Copy', lang }: CopyButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind === 'idle') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), state.kind === 'copied' ? 2000 : 10000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      const plan = await copyWithValues(template, lang);
      const message = copyStatus(plan);
      setState({ kind: !plan.ok ? 'refused' : plan.unfilled.length > 0 ? 'warned' : 'copied', message });
      announce(copySpoken(plan));
    } catch {
      const message = 'Copy failed: select the text and copy it by hand.';
      setState({ kind: 'failed', message });
      announce(message);
    }
  }

  const showMessage = state.kind === 'warned' || state.kind === 'refused' || state.kind === 'failed';
  return (
    <div className={styles.copyArea}>
      {showMessage && (
        <span className={styles.copyMessage} data-copy-message={state.kind} aria-hidden="true">
          {state.message}
        </span>
      )}
      <button
        type="button"
        className={styles.copy}
        onClick={copy}
        aria-label={label}
        data-state={state.kind === 'idle' ? undefined : state.kind}
      >
        <span aria-hidden="true">{BUTTON_TEXT[state.kind]}</span>
      </button>
    </div>
  );
}
