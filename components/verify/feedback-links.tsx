'use client';

import { useState } from 'react';
import { type FeedbackTarget, issueUrl } from '@/lib/verify/feedback';
import styles from './verify.module.css';

/** Props of {@link FeedbackLinks}. */
interface FeedbackLinksProps {
  id: string;
  target: FeedbackTarget;
  /** Fallback titles, for "what did you try". */
  options: string[];
  /** The pasted verification output; sent only if the reader ticks the box. */
  output: string;
}

/** "This fixed it" / "This didn't work": prefilled new-issue links; the output goes in only when ticked. */
export function FeedbackLinks({ id, target, options, output }: FeedbackLinksProps) {
  const [tried, setTried] = useState('Main solution');
  const [include, setInclude] = useState(false);
  const withOutput = include && output.trim() !== '' ? output : null;
  const link = (outcome: 'fixed' | 'failed') => issueUrl(target, { id, outcome, tried, output: withOutput });
  return (
    <div className={styles.feedback} data-feedback="">
      <p className={styles.actions}>
        <label>
          What did you try?{' '}
          <select value={tried} onChange={(e) => setTried(e.target.value)}>
            {['Main solution', ...options].map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        {output.trim() !== '' && (
          <label>
            <input type="checkbox" checked={include} onChange={(e) => setInclude(e.target.checked)} /> Include the
            pasted output
          </label>
        )}
      </p>
      <p className={styles.actions}>
        <a href={link('fixed')} rel="noopener noreferrer" target="_blank">
          This fixed it
        </a>
        <a href={link('failed')} rel="noopener noreferrer" target="_blank">
          This didn’t work
        </a>
        <span className={styles.note}>
          Opens a new issue in the KB’s repository; your variable values are never included.
        </span>
      </p>
    </div>
  );
}
