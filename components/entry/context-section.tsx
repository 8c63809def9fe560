import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import type { EntryModel } from '@/lib/content/model';
import { SECTION_LABELS } from './section-labels';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';
import styles from './context-section.module.css';
import section from './section.module.css';

/** Props of {@link ContextSection}. */
interface ContextSectionProps {
  entry: EntryModel;
  anchor: string;
}

/** Why it happens: root cause, side effects, best practice, anti-pattern, other notes, then the closing facts. */
export function ContextSection({ entry, anchor }: ContextSectionProps) {
  const c = entry.context ?? { rootCause: null, sideEffects: null, bestPractice: null, antiPattern: null, notes: [] };
  const fields: [string, string | null][] = [
    ['Root cause', c.rootCause],
    ['Side effects', c.sideEffects],
    ['Best practice', c.bestPractice],
    ['Anti-pattern', c.antiPattern],
  ];
  return staticHtml(
    <section aria-labelledby={anchor}>
      <AnchorHeading level={2} id={anchor} text={SECTION_LABELS.context}>
        {SECTION_LABELS.context}
      </AnchorHeading>
      <dl className={`${styles.context} ${section.fields}`}>
        {fields.map(
          ([label, value]) =>
            value && (
              <Field key={label} label={label}>
                <InlineMarkdown>{value}</InlineMarkdown>
              </Field>
            ),
        )}
      </dl>
      <MarkdownBlocks items={c.notes} />
      <ClosingFacts entry={entry} />
    </section>,
  );
}

/** Props of {@link ClosingFacts}. */
interface ClosingFactsProps {
  entry: EntryModel;
}

/** Applicable and Frequency; rendered by Context, or at the end of the entry when it has no Context section. */
export function ClosingFacts({ entry }: ClosingFactsProps) {
  if (!entry.applicable && !entry.frequency) return null;
  return staticHtml(
    <dl className={`${styles.closing} ${section.fields}`}>
      {entry.applicable && (
        <Field label="Applicable">
          <InlineMarkdown>{entry.applicable}</InlineMarkdown>
        </Field>
      )}
      {entry.frequency && (
        <Field label="Frequency">
          <InlineMarkdown>{entry.frequency}</InlineMarkdown>
        </Field>
      )}
    </dl>,
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
