'use client';

import { useEffect, useState } from 'react';
import { copySpoken, copyStatus } from '@/lib/variables/copy-plan';
import type { ScriptChoice } from '@/lib/variables/script';
import { announce, ensureAnnouncer } from './announcer';
import { copyWithValues } from './clipboard';
import styles from './variables.module.css';

/** Props of {@link CopyAllButton}: the fix as scripts (one per alternative) and the verification script. */
interface CopyAllButtonProps {
  choices: ScriptChoice[];
  verification?: ScriptChoice | null;
}

/**
 * "Copy all steps": the fix as a runnable script with the reader's values filled in and quoted.
 * Alternatives get one button each, never one joined script; the verification is a copy of its own.
 * What the copy did (values still empty, or why nothing was copied) shows next to the buttons.
 */
export function CopyAllButton({ choices, verification = null }: CopyAllButtonProps) {
  const [status, setStatus] = useState<{ text: string; warn: boolean } | null>(null);
  useEffect(() => void ensureAnnouncer(), []);
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), status.warn ? 10000 : 2000);
    return () => clearTimeout(timer);
  }, [status]);

  if (choices.length === 0 && verification === null) return null;

  async function copy(choice: ScriptChoice, what: string) {
    try {
      const plan = await copyWithValues(choice.template, choice.shell === 'powershell' ? 'powershell' : 'bash');
      setStatus({ text: copyStatus(plan, what), warn: !plan.ok || plan.unfilled.length > 0 });
      announce(copySpoken(plan, what));
    } catch {
      setStatus({ text: 'Copy failed: select the commands and copy them by hand.', warn: true });
      announce('Copy failed: select the commands and copy them by hand.');
    }
  }

  const single = choices.length === 1;
  return (
    <span className={styles.copyAll}>
      {!single && choices.length > 0 && <span className={styles.done}>Copy all steps, one way:</span>}
      {choices.map((choice) => (
        <button
          key={choice.label}
          type="button"
          className={styles.button}
          onClick={() => copy(choice, 'Copied all steps')}
        >
          {single ? 'Copy all steps' : choice.label}
        </button>
      ))}
      {verification && (
        <button type="button" className={styles.button} onClick={() => copy(verification, 'Copied the checks')}>
          Copy verification
        </button>
      )}
      {status && (
        <span aria-hidden="true" className={status.warn ? styles.error : styles.done} data-copy-message="">
          {status.text}
        </span>
      )}
    </span>
  );
}
