'use client';

import { useEffect, useState } from 'react';
import { copySpoken, copyStatus } from '@/lib/variables/copy-plan';
import { joinScript } from '@/lib/variables/substitute';
import { announce, ensureAnnouncer } from './announcer';
import { copyWithValues } from './use-copy';
import styles from './variables.module.css';

/** Props of {@link CopyAllButton}: the solution and verification command templates, in page order. */
export interface CopyAllButtonProps {
  templates: string[];
}

/**
 * Copies every step as one script, with the reader's values filled in and quoted, and says next to
 * the button which values are still empty, or why nothing was copied.
 */
export function CopyAllButton({ templates }: CopyAllButtonProps) {
  const [status, setStatus] = useState<{ text: string; warn: boolean } | null>(null);
  useEffect(() => void ensureAnnouncer(), []);
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), status.warn ? 10000 : 2000);
    return () => clearTimeout(timer);
  }, [status]);

  if (templates.length === 0) return null;

  async function copyAll() {
    try {
      const plan = await copyWithValues(joinScript(templates), 'bash');
      const text = copyStatus(plan, 'Copied all steps');
      setStatus({ text, warn: !plan.ok || plan.unfilled.length > 0 });
      announce(copySpoken(plan, 'Copied all steps'));
    } catch {
      setStatus({ text: 'Copy failed: select the commands and copy them by hand.', warn: true });
      announce('Copy failed: select the commands and copy them by hand.');
    }
  }

  return (
    <span className={styles.copyAll}>
      <button type="button" className={styles.button} onClick={copyAll}>
        Copy all steps
      </button>
      {status && (
        <span aria-hidden="true" className={status.warn ? styles.error : styles.done} data-copy-message="">
          {status.text}
        </span>
      )}
    </span>
  );
}
