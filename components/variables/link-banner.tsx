'use client';

import { useSyncExternalStore } from 'react';
import { removedNote } from '@/lib/variables/sanitize';
import { shellWarning } from '@/lib/variables/shell';
import { announce } from './announcer';
import { discardLinkValues, getLinkProposal, getServerLinkProposal, keepLinkValues, subscribe } from './store';
import styles from './variables.module.css';

/**
 * Near the top of an entry: the values the page's link filled in, for the reader to keep (saved
 * for later visits) or discard. Until then they apply to this visit only and are marked in the code.
 * Renders nothing on the server and when the link carried no values.
 */
export function LinkBanner() {
  const proposal = useSyncExternalStore(subscribe, getLinkProposal, getServerLinkProposal);
  if (proposal === null) return null;
  const entries = Object.entries(proposal.values);
  const from = proposal.source === 'log' ? 'the log you pasted' : 'this link';
  return (
    <section className={styles.banner} aria-labelledby="kb-link-banner-title" data-kb-link-banner="">
      <h2 id="kb-link-banner-title" className={styles.bannerTitle}>
        {proposal.source === 'log' ? 'Values taken from the log you pasted' : 'This link filled in values'}
      </h2>
      <p className={styles.intro}>
        They came from {from}, not from you: check them. They are used on this page for this visit only, marked “link:”
        in the commands.
      </p>
      <ul className={styles.bannerList}>
        {entries.map(([name, value]) => {
          const notes = [removedNote(proposal.removed[name] ?? []), shellWarning(value)].filter(Boolean).join(' ');
          return (
            <li key={name}>
              <span className={styles.name}>{name}</span> = <code className={styles.bannerValue}>{value}</code>
              {notes && <span className={styles.warning}> {notes}</span>}
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.button}
          onClick={() => (keepLinkValues(), announce('Values from the link kept.'))}
        >
          Keep {entries.length === 1 ? 'this value' : 'these values'}
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => (discardLinkValues(), announce('Values from the link discarded.'))}
        >
          Discard
        </button>
      </div>
    </section>
  );
}
