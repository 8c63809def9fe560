import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import { CommandList } from '@/components/code/inline-command';
import type { EntryModel } from '@/lib/content/model';
import { inlineCodeSpans } from '@/lib/parse/inline';
import { splitCounters } from '@/lib/parse/symptoms';
import { SECTION_LABELS } from './section-labels';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';
import { SymptomChecklist } from './symptom-checklist';
import styles from './symptoms-section.module.css';
import section from './section.module.css';

/** Props of {@link SymptomsSection}. */
interface SymptomsSectionProps {
  entry: EntryModel;
  anchor: string;
  /** The variables panel, when the Where to Check commands are the page's first commands. */
  panel?: ReactNode;
}

/** "This is your problem if": the checklist, then Where to Check, then any other prose of the section. */
export function SymptomsSection({ entry, anchor, panel }: SymptomsSectionProps) {
  // Items that name a look-alike, another problem, are listed apart, with nothing to tick.
  const { signs, counters } = splitCounters(entry.symptoms);
  const items = signs.map((s, i) =>
    staticHtml(
      <span key={i}>
        <InlineMarkdown>{s.text}</InlineMarkdown>
      </span>,
    ),
  );
  return (
    <section aria-labelledby={anchor}>
      <AnchorHeading level={2} id={anchor} text={SECTION_LABELS.symptoms}>
        {SECTION_LABELS.symptoms}
      </AnchorHeading>
      <SymptomChecklist storageKey={`kb:symptoms:${entry.id}`} items={items} />
      {counters.length > 0 &&
        staticHtml(
          <div className={styles.counters}>
            <h3 className={section.subhead}>Not this problem</h3>
            <ul>
              {counters.map((s, i) => (
                <li key={i}>
                  <InlineMarkdown>{s.text}</InlineMarkdown>
                </li>
              ))}
            </ul>
          </div>,
        )}
      <MarkdownBlocks items={entry.symptomNotes} />
      {entry.whereToCheckText !== null && (
        <div className={styles.where}>
          {panel}
          {staticHtml(<h3 className={section.subhead}>Where to check</h3>)}
          {hasProse(entry.whereToCheckText) &&
            staticHtml(
              <p>
                <InlineMarkdown>{entry.whereToCheckText}</InlineMarkdown>
              </p>,
            )}
          <CommandList commands={entry.whereToCheck} />
        </div>
      )}
    </section>
  );
}

/** True when the Where to Check line says more than its list of commands (commas and "or" aside). */
function hasProse(text: string): boolean {
  let rest = text;
  for (const span of inlineCodeSpans(text)) rest = rest.replace(span, '');
  return /[\p{L}\p{N}]/u.test(rest.replace(/`+/g, '').replace(/\b(?:and|or)\b/gi, ''));
}
