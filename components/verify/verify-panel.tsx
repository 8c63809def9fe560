'use client';

import { useId, useState } from 'react';
import type { ExpectedCheck } from '@/lib/verify/checks';
import type { FeedbackTarget } from '@/lib/verify/feedback';
import { type FallbackHint, pickFallback } from '@/lib/verify/fallback';
import { type Verdict, verifyOutput } from '@/lib/verify/match';
import { FeedbackLinks } from './feedback-links';
import styles from './verify.module.css';

/** Props of {@link VerifyPanel}. */
interface VerifyPanelProps {
  checks: ExpectedCheck[];
  fallbacks: FallbackHint[];
  /** Anchor of the Fallback section, or null when the entry has none. */
  fallbackAnchor: string | null;
  id: string;
  /** The content repository for feedback links, or null: then there are none. */
  feedback: FeedbackTarget | null;
}

/** Backticks dropped, for showing an item's Markdown as text. */
const plain = (md: string) => md.replace(/`/g, '');

/**
 * Paste the verification output, get pass/fail per checkable Expected item with the proving line.
 * Runs in the browser only; nothing is sent anywhere. On fail it points at the fallback whose When fits.
 */
export function VerifyPanel({ checks, fallbacks, fallbackAnchor, id: entryId, feedback }: VerifyPanelProps) {
  const id = useId();
  const [output, setOutput] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const pick = verdict && !verdict.pass && !verdict.empty ? pickFallback(fallbacks, output) : null;
  const failed = verdict ? verdict.results.filter((r) => !r.pass).length : 0;
  return (
    <div className={styles.panel} data-verify-panel="" data-empty={output.trim() === '' ? '' : undefined}>
      {checks.length > 0 && (
        <>
          <label htmlFor={id} className={styles.label}>
            Paste the output of the commands above to check it
          </label>
          <textarea
            id={id}
            className={styles.input}
            rows={5}
            spellCheck={false}
            value={output}
            onChange={(e) => setOutput(e.target.value)}
          />
          <p className={styles.actions}>
            <button type="button" onClick={() => setVerdict(verifyOutput(checks, output))}>
              Check output
            </button>
            <span className={styles.note}>Checked in your browser; nothing is sent.</span>
          </p>
          {verdict && (
            <div role="status" data-verdict={verdict.empty ? 'empty' : verdict.pass ? 'pass' : 'fail'}>
              {verdict.empty ? (
                <p>Nothing to check yet: paste the output first.</p>
              ) : (
                <>
                  <p className={verdict.pass ? styles.ok : styles.bad}>
                    {verdict.pass
                      ? `All ${checks.length} checks passed — the fix worked.`
                      : `${failed} of ${checks.length} checks failed.`}
                  </p>
                  <ul className={`list-reset ${styles.results}`}>
                    {verdict.results.map((r, i) => (
                      <li key={i} data-result={r.pass ? 'pass' : 'fail'}>
                        <strong className={r.pass ? styles.ok : styles.bad}>{r.pass ? 'Pass' : 'Fail'}</strong>{' '}
                        {plain(r.check.label)}
                        {r.line !== null && (
                          <code className={styles.proof}>
                            line {r.lineNumber}: {r.line}
                          </code>
                        )}
                        {r.line === null && !r.pass && <span className={styles.note}> — not found in the output</span>}
                      </li>
                    ))}
                  </ul>
                  {!verdict.pass && fallbackAnchor && fallbacks.length > 0 && (
                    <p data-next-step="">
                      {pick ? (
                        <>
                          Try next: <a href={`#${pick.fallback.anchor}`}>{pick.fallback.title}</a> — its “When” matches{' '}
                          <code>{pick.line}</code>
                        </>
                      ) : (
                        <>
                          Try next: <a href={`#${fallbackAnchor}`}>the fallbacks below</a>
                        </>
                      )}
                    </p>
                  )}
                </>
              )}
            </div>
          )}
        </>
      )}
      {feedback && (
        <FeedbackLinks id={entryId} target={feedback} options={fallbacks.map((f) => f.title)} output={output} />
      )}
    </div>
  );
}
