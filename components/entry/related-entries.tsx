import { staticHtml } from '@/components/code/static-html';
import type { EntrySummary } from '@/lib/site/entries';
import { paths } from '@/lib/site/routes';
import { markdownToText } from '@/lib/render/markdown-line';
import styles from './related-entries.module.css';
import section from './section.module.css';

/** Props of {@link RelatedEntries}. */
interface RelatedEntriesProps {
  related: EntrySummary[];
  referencedBy: EntrySummary[];
}

/** Links to the entries this one names in `related_kb`, and to the entries that name it. */
export function RelatedEntries({ related, referencedBy }: RelatedEntriesProps) {
  if (related.length === 0 && referencedBy.length === 0) return null;
  return staticHtml(
    <nav className={styles.related} aria-label="Related entries">
      {related.length > 0 && <LinkList id="related" title="Related entries" entries={related} />}
      {referencedBy.length > 0 && <LinkList id="referenced-by" title="Referenced by" entries={referencedBy} />}
    </nav>,
  );
}

function LinkList({ id, title, entries }: { id: string; title: string; entries: EntrySummary[] }) {
  return (
    <div>
      <h2 id={id}>{title}</h2>
      <ul aria-labelledby={id}>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={paths.entry(e.id)}>{markdownToText(e.title)}</a>
            <span className={section.muted}>{` ${e.id}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
