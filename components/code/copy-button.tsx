'use client';

import { useEffect, useState } from 'react';
import { announce } from '@/components/variables/announcer';
import { copyWithValues } from '@/components/variables/use-copy';
import { copyAnnouncement } from '@/lib/variables/messages';
import styles from './code.module.css';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  /** Exactly what to copy, `__NAME__` placeholders included; the reader's values are filled in on click. */
  template: string;
  /** Accessible name, e.g. "Copy command"; defaults to "Copy". */
  label?: string;
}

type State = 'idle' | 'copied' | 'failed';

/** Copies one code block or command, with the reader's values filled in, and says so. */
export function CopyButton({ template, label = 'Copy' }: CopyButtonProps) {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      const { unfilled } = await copyWithValues(template);
      setState('copied');
      announce(copyAnnouncement(unfilled));
    } catch {
      setState('failed');
      announce('Copy failed: select the text and copy it by hand.');
    }
  }

  return (
    <button type="button" className={styles.copy} onClick={copy} aria-label={label} data-state={state === 'idle' ? undefined : state}>
      <span aria-hidden="true">{state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
