import { CriticalityBadge } from '@/components/entry/criticality-badge';
import { markdownToText, renderMarkdownLine } from '@/lib/render/markdown-line';
import type { EntrySummary } from '@/lib/site/entries';
import { paths } from '@/lib/site/routes';
import styles from './browse.module.css';

/** Props of {@link EntryList}. */
interface EntryListProps {
  entries: EntrySummary[];
}

/** Entries as cards: title (link), criticality, TL;DR. */
export function EntryList({ entries }: EntryListProps) {
  return (
    <ul className={`list-reset ${styles.entries}`}>
      {entries.map((e) => (
        <li key={e.id} className={styles.entry}>
          <div className={styles.entryHead}>
            <a href={paths.entry(e.id)} className={styles.entryLink}>
              {markdownToText(e.title)}
            </a>
            <CriticalityBadge level={e.criticality} />
          </div>
          <p className={styles.tldr}>{renderMarkdownLine(e.tldr)}</p>
        </li>
      ))}
    </ul>
  );
}
