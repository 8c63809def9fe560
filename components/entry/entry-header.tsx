import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import type { EntryModel } from '@/lib/content/model';
import { readSiteConfig } from '@/lib/site/config';
import { editUrl, lastUpdated } from '@/lib/verify/feedback';
import { CriticalityBadge } from './criticality-badge';
import { InlineMarkdown } from './markdown-blocks';
import { TermLinks } from './term-links';
import styles from './entry-header.module.css';
import section from './section.module.css';

/** Props of {@link EntryHeader}. */
interface EntryHeaderProps {
  entry: EntryModel;
}

/** Title, TL;DR and the facts someone fixing the problem needs first. */
export function EntryHeader({ entry }: EntryHeaderProps) {
  const { meta } = entry;
  const config = readSiteConfig();
  return staticHtml(
    <header className={styles.header}>
      <p className={styles.kicker}>{entry.id}</p>
      <h1 className={styles.title}>
        <InlineMarkdown>{entry.title}</InlineMarkdown>
      </h1>
      <p className={styles.tldr}>
        <strong>TL;DR</strong> <InlineMarkdown>{entry.tldr}</InlineMarkdown>
      </p>
      <dl className={`${styles.facts} ${section.fields}`}>
        {entry.fixTime && <Fact label="Fix time">{entry.fixTime}</Fact>}
        <Fact label="Platform">
          <TermLinks kind="platform" terms={[meta.platform]} />
          {entry.platformNote && (
            <span className={styles.note}>
              <InlineMarkdown>{entry.platformNote}</InlineMarkdown>
            </span>
          )}
        </Fact>
        <Fact label="Criticality">
          <CriticalityBadge level={meta.criticality} labelled={false} />
        </Fact>
        <Fact label="Complexity">
          <span className={styles.meter} aria-hidden="true">
            {'●'.repeat(meta.complexity) + '○'.repeat(5 - meta.complexity)}
          </span>
          {` ${meta.complexity}/5`}
        </Fact>
        <Fact label="Category">
          <TermLinks kind="category" terms={[meta.category]} />
        </Fact>
        <Fact label="Technologies">
          <TermLinks kind="technology" terms={meta.technologies} />
        </Fact>
        {meta.tags.length > 0 && (
          <Fact label="Tags">
            <TermLinks kind="tag" terms={meta.tags} />
          </Fact>
        )}
        <Fact label="Created">
          <time dateTime={meta.created}>{meta.created}</time>
        </Fact>
        {meta.updated && (
          <Fact label="Updated">
            <time dateTime={meta.updated}>{meta.updated}</time>
          </Fact>
        )}
      </dl>
      {config.repoUrl && (
        <p className={styles.note} data-edit-links="">
          Last updated <time dateTime={lastUpdated(meta)}>{lastUpdated(meta)}</time> ·{' '}
          <a
            href={editUrl(
              { repoUrl: config.repoUrl, repoBranch: config.repoBranch, siteUrl: config.siteUrl },
              entry.file,
            )}
          >
            Edit this entry
          </a>
        </p>
      )}
    </header>,
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
