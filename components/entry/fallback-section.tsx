import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import { CodeBlockView } from '@/components/code/code-block';
import type { EntryModel, FallbackOption } from '@/lib/content/model';
import { markdownToText } from '@/lib/render/markdown-line';
import { SECTION_LABELS } from './section-labels';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';
import styles from './fallback-section.module.css';
import section from './section.module.css';

/** Props of {@link FallbackSection}. */
interface FallbackSectionProps {
  entry: EntryModel;
  anchor: string;
  panel?: ReactNode;
}

/** What to try when the main solution failed: one card per option. */
export function FallbackSection({ entry, anchor, panel }: FallbackSectionProps) {
  return (
    <section aria-labelledby={anchor}>
      <AnchorHeading level={2} id={anchor} text={SECTION_LABELS.fallback}>
        {SECTION_LABELS.fallback}
      </AnchorHeading>
      <MarkdownBlocks items={entry.fallbackNotes} />
      {panel}
      <div className={styles.cards}>
        {entry.fallbacks.map((option, i) => (
          <Option key={option.anchor} option={option} number={option.number ?? i + 1} />
        ))}
      </div>
    </section>
  );
}

function Option({ option, number }: { option: FallbackOption; number: number }) {
  const text = `Option ${number}: ${markdownToText(option.title)}`;
  return (
    <article aria-labelledby={option.anchor}>
      <AnchorHeading level={3} id={option.anchor} text={text}>
        <span className={section.muted}>{`Option ${number}:`}</span> <InlineMarkdown>{option.title}</InlineMarkdown>
      </AnchorHeading>
      {option.blocks.map((block, i) => (
        <CodeBlockView
          key={i}
          block={block}
          copyLabel={`Copy code: ${text}${option.blocks.length > 1 ? ` (${i + 1})` : ''}`}
        />
      ))}
      {(option.when || option.risks) &&
        staticHtml(
          <dl className={section.fields}>
            {option.when && (
              <div>
                <dt>When</dt>
                <dd>
                  <InlineMarkdown>{option.when}</InlineMarkdown>
                </dd>
              </div>
            )}
            {option.risks && (
              <div>
                <dt>Risks</dt>
                <dd>
                  <InlineMarkdown>{option.risks}</InlineMarkdown>
                </dd>
              </div>
            )}
          </dl>,
        )}
      <MarkdownBlocks items={option.notes} />
    </article>
  );
}
