import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import { CodeBlockView } from '@/components/code/code-block';
import { CopyAllButton } from '@/components/variables/copy-all-button';
import type { EntryModel, IntegrationPattern } from '@/lib/content/model';
import { scriptChoices, verificationScript } from '@/lib/variables/script';
import { SECTION_LABELS } from './section-labels';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';
import styles from './solution-section.module.css';
import section from './section.module.css';

/** Props of {@link SolutionSection}. */
interface SolutionSectionProps {
  entry: EntryModel;
  anchor: string;
  panel?: ReactNode;
}

/** The fix: each integration pattern with its code, then Critical, Versions and any other prose. */
export function SolutionSection({ entry, anchor, panel }: SolutionSectionProps) {
  const choices = scriptChoices(
    entry.patterns.map((p) => ({ name: [p.phase ?? p.heading, p.tool].filter(Boolean).join(' — '), blocks: p.blocks })),
  );
  const verification = verificationScript(entry.verification?.blocks ?? []);
  return (
    <section aria-labelledby={anchor}>
      <div className={styles.sectionBar}>
        <AnchorHeading level={2} id={anchor} text={SECTION_LABELS.solution}>
          {SECTION_LABELS.solution}
        </AnchorHeading>
        <CopyAllButton choices={choices} verification={verification} />
      </div>
      {panel}
      {entry.patterns.map((pattern, i) => (
        <Pattern key={pattern.anchor} pattern={pattern} number={entry.patterns.length > 1 ? i + 1 : null} />
      ))}
      {entry.critical.length > 0 &&
        staticHtml(
          <div className={styles.callout}>
            <h3 className={section.subhead}>
              Critical <span className={section.muted}>(won’t work without this)</span>
            </h3>
            <ul className={`list-reset ${section.checklist}`}>
              {entry.critical.map((item, i) => (
                <li key={i}>
                  <strong>
                    <InlineMarkdown>{item.name}</InlineMarkdown>
                  </strong>
                  {item.why && (
                    <>
                      {' '}
                      — <InlineMarkdown>{item.why}</InlineMarkdown>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>,
        )}
      {entry.versions.length > 0 && (
        <>
          {staticHtml(<h3 className={section.subhead}>Versions</h3>)}
          {staticHtml(
            <ul className={styles.plain}>
              {entry.versions.map((v, i) => (
                <li key={i}>
                  {v.label && (
                    <strong>
                      <InlineMarkdown>{v.label}</InlineMarkdown>:{' '}
                    </strong>
                  )}
                  <InlineMarkdown>{v.value}</InlineMarkdown>
                </li>
              ))}
            </ul>,
          )}
        </>
      )}
      <MarkdownBlocks items={entry.solutionNotes} />
    </section>
  );
}

function Pattern({ pattern, number }: { pattern: IntegrationPattern; number: number | null }) {
  const name = pattern.phase ?? pattern.heading;
  const text = [number && `${number}.`, name, pattern.tool && `— ${pattern.tool}`].filter(Boolean).join(' ');
  return (
    <div className={styles.pattern}>
      <AnchorHeading level={3} id={pattern.anchor} text={text}>
        {number && <span className={styles.step}>{number}</span>}
        {name}
        {pattern.tool && (
          <span className={styles.tool}>
            <span className="sr-only"> — tool: </span>
            {pattern.tool}
          </span>
        )}
      </AnchorHeading>
      {pattern.blocks.map((block, i) => (
        <CodeBlockView
          key={i}
          block={block}
          copyLabel={`Copy code: ${text}${pattern.blocks.length > 1 ? ` (${i + 1})` : ''}`}
        />
      ))}
      <MarkdownBlocks items={pattern.notes} />
    </div>
  );
}
