import type { Diagnostic } from '@/lib/diagnostics';
import styles from './dev.module.css';

interface EntryProblemsProps {
  id: string;
  problems: Diagnostic[];
}

/**
 * Development only: an entry whose file has errors shows the validator's diagnostics in place of the
 * page (the build would refuse it), and the page comes back on the next good save.
 */
export function EntryProblems({ id, problems }: EntryProblemsProps) {
  return (
    <article className={styles.problems} aria-labelledby="entry-problems">
      <h1 id="entry-problems">{id} has errors</h1>
      <p>This entry is left out of the site until they are fixed. Save the file and this page updates.</p>
      <ul className="list-reset" role="list">
        {problems.map((d) => (
          <li
            key={`${d.line}:${d.column}:${d.code}`}
            className={d.severity === 'error' ? styles.error : styles.warning}
          >
            <code>{`${d.file}:${d.line}:${d.column}`}</code> <strong>{d.severity}</strong> <code>{d.code}</code>
            <p>{d.message}</p>
            <p className={styles.hint}>hint: {d.hint}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
