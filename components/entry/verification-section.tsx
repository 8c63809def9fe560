import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import { CodeBlockView } from '@/components/code/code-block';
import { VerifyPanel } from '@/components/verify/verify-panel';
import { readSiteConfig } from '@/lib/site/config';
import { checksOf } from '@/lib/verify/checks';
import type { EntryModel } from '@/lib/content/model';
import { SECTION_LABELS } from './section-labels';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';
import styles from './verification-section.module.css';
import section from './section.module.css';

/** Props of {@link VerificationSection}. */
interface VerificationSectionProps {
  entry: EntryModel;
  anchor: string;
  /** Anchor of the Fallback section; the "If it didn't work" link shows only when there are fallbacks. */
  fallbackAnchor: string | null;
  panel?: ReactNode;
}

/** How to tell the fix worked: commands, the expected results, and where to go if it did not. */
export function VerificationSection({ entry, anchor, fallbackAnchor, panel }: VerificationSectionProps) {
  const v = entry.verification ?? { blocks: [], expected: [], notes: [] };
  const checks = checksOf(v.expected);
  const fallbacks = entry.fallbacks.map((f) => ({ anchor: f.anchor, title: f.title, when: f.when }));
  const config = readSiteConfig();
  const feedback = config.repoUrl
    ? { repoUrl: config.repoUrl, repoBranch: config.repoBranch, siteUrl: config.siteUrl }
    : null;
  return (
    <section aria-labelledby={anchor}>
      <AnchorHeading level={2} id={anchor} text={SECTION_LABELS.verification}>
        {SECTION_LABELS.verification}
      </AnchorHeading>
      {panel}
      {v.blocks.map((block, i) => (
        <CodeBlockView
          key={i}
          block={block}
          copyLabel={`Copy code: Verification${v.blocks.length > 1 ? ` (${i + 1})` : ''}`}
        />
      ))}
      {v.expected.length > 0 && (
        <>
          {staticHtml(<h3 className={section.subhead}>Expected</h3>)}
          {staticHtml(
            <ul className={`list-reset ${section.checklist}`}>
              {v.expected.map((line, i) => (
                <li key={i}>
                  <InlineMarkdown>{line}</InlineMarkdown>
                </li>
              ))}
            </ul>,
          )}
        </>
      )}
      {(checks.length > 0 || feedback) && (
        <VerifyPanel
          id={entry.id}
          checks={checks}
          fallbacks={fallbacks}
          fallbackAnchor={fallbackAnchor}
          feedback={feedback}
        />
      )}
      <MarkdownBlocks items={v.notes} />
      {fallbackAnchor &&
        entry.fallbacks.length > 0 &&
        staticHtml(
          <p className={styles.didnt}>
            <strong>If it didn’t work</strong> → <a href={`#${fallbackAnchor}`}>see the fallbacks below</a>
          </p>,
        )}
    </section>
  );
}
