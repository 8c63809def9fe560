'use client';

import { useEffect, useState } from 'react';
import { copyAnnouncement } from '@/lib/variables/messages';
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
  const [copied, setCopied] = useState(false);
  useEffect(() => void ensureAnnouncer(), []);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  if (templates.length === 0) return null;

  async function copyAll() {
    try {
      const { unfilled } = await copyWithValues(joinScript(templates));
      setCopied(true);
      announce(copyAnnouncement(unfilled, 'Copied all steps'));
    } catch {
      announce('Copy failed: select the commands and copy them by hand.');
    }
  }

  return (
    <span className={styles.copyAll}>
      <button type="button" className={styles.button} onClick={copyAll}>
        Copy all steps
      </button>
      {copied && (
        <span aria-hidden="true" className={styles.done}>
          ✓ Copied
        </span>
      )}
    </span>
  );
}
