'use client';

import { useEffect, useState } from 'react';
import { copyStatus } from '@/lib/variables/prepare-copy';
import { joinScript } from '@/lib/variables/substitute';
import { announce, ensureAnnouncer } from './announcer';
import { copyWithValues } from './use-copy';
import styles from './variables.module.css';

/** Props of {@link CopyAllButton}: the solution and verification command templates, in page order. */
export interface CopyAllButtonProps {
  templates: string[];
}

/** Copies every step as one script, with the reader's values filled in, and says which are still empty. */
export function CopyAllButton({ templates }: CopyAllButtonProps) {
  const [status, setStatus] = useState<ReturnType<typeof copyStatus> | null>(null);
  useEffect(() => void ensureAnnouncer(), []);
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), status.kind === 'copied' ? 2000 : 10000);
    return () => clearTimeout(timer);
  }, [status]);

  if (templates.length === 0) return null;

  async function copyAll() {
    try {
      const next = copyStatus(await copyWithValues(joinScript(templates), 'bash'));
      setStatus(next);
      announce(next.text);
    } catch {
      announce('Copy failed: select the commands and copy them by hand.');
    }
  }

  return (
    <span className={styles.copyAll}>
      <button type="button" className={styles.button} onClick={copyAll}>
        Copy all steps
      </button>
      {status && (
        <span aria-hidden="true" className={status.kind === 'copied' ? styles.done : styles.notDone}>
          {status.kind === 'copied' ? '✓ Copied' : status.text}
        </span>
      )}
    </span>
  );
}
