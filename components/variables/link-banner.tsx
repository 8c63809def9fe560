'use client';

import { useSyncExternalStore } from 'react';
import { removedNote } from '@/lib/variables/sanitize';
import { specialCharacters } from '@/lib/variables/quote';
import { announce } from './announcer';
import { discardProposals, getProposals, getServerProposals, keepProposals, subscribe } from './store';
import styles from './variables.module.css';

/** Props of {@link LinkBanner}. */
export interface LinkBannerProps {
  /** The entry's variables: only their proposals are shown (a link may carry others; they are ignored here). */
  names: string[];
}

/**
 * Near the top of an entry: the values the link (or the pasted log, `src=log`) filled in, each shown as plain
 * text with any character the shell reads specially named. They apply to this visit only, are marked in the
 * code, and are stored only when the reader chooses Keep; Discard goes back to the reader's own values.
 */
export function LinkBanner({ names }: LinkBannerProps) {
  const proposals = useSyncExternalStore(subscribe, getProposals, getServerProposals);
  const shown = names.filter((n) => Object.hasOwn(proposals.values, n));
  if (shown.length === 0) return null;
  const fromLog = proposals.source === 'log';
  return (
    <section className={styles.banner} aria-label={fromLog ? 'Values from the pasted log' : 'Values from the link'} data-kb-link-banner="">
      <p>
        <strong>{fromLog ? 'These values come from the log you pasted' : 'This link filled in values'}</strong>: they are used on
        this page only, until you keep them.
      </p>
      <dl>
        {shown.map((name) => {
          const value = proposals.values[name];
          const special = specialCharacters(value);
          return (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {value}
                {special.length > 0 && <span className={styles.flag}>⚠ contains characters the shell reads specially ({special.join(' ')}): quoted when copied</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {proposals.removed.length > 0 && <p className={styles.flag}>{removedNote(proposals.removed)}</p>}
      <div>
        <button type="button" className={styles.button} onClick={() => (keepProposals(), announce('Values kept as your own.'))}>
          Keep these values
        </button>
        <button type="button" className={styles.button} onClick={() => (discardProposals(), announce('Values from the link discarded.'))}>
          Discard
        </button>
      </div>
    </section>
  );
}
