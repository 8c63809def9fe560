import type { ReactNode } from 'react';
import { LinkBanner } from '@/components/variables/link-banner';
import { VariablePanel } from '@/components/variables/variable-panel';
import { namesWithParts } from '@/lib/variables/compose';
import type { EntryModel, SectionRef } from '@/lib/content/model';
import type { EntrySummary } from '@/lib/site/entries';
import { ContextSection, ClosingFacts } from './context-section';
import { EntryHeader } from './entry-header';
import { FallbackSection } from './fallback-section';
import { MarkdownBlocks } from './markdown-blocks';
import { OtherSection } from './other-section';
import { RelatedEntries } from './related-entries';
import { SolutionSection } from './solution-section';
import { SymptomsSection } from './symptoms-section';
import { Toc } from './toc';
import { VerificationSection } from './verification-section';
import styles from './entry-article.module.css';

/** Props of {@link EntryArticle}. */
interface EntryArticleProps {
  entry: EntryModel;
  related: EntrySummary[];
  referencedBy: EntrySummary[];
}

/** The whole entry page: header, intro, every section in source order, closing facts, related entries. */
export function EntryArticle({ entry, related, referencedBy }: EntryArticleProps) {
  const firstOfKind = new Set<SectionRef>();
  const kinds = new Set<string>();
  for (const s of entry.sections) {
    if (s.kind !== 'other' && kinds.has(s.kind)) continue;
    kinds.add(s.kind);
    firstOfKind.add(s);
  }
  const panelAt =
    entry.variables.length > 0 ? entry.sections.find((s) => firstOfKind.has(s) && hasCommands(entry, s)) : undefined;
  const fallbackAnchor = entry.sections.find((s) => s.kind === 'fallback')?.anchor ?? null;
  return (
    <div className={styles.layout}>
      {/* First in the DOM, so that on wide screens the variable fields come before the first command in tab order too. */}
      <aside className={styles.aside}>
        <div className={styles.rail}>
          {entry.variables.length > 0 && <Panel entry={entry} variant="aside" />}
          <Toc entry={entry} />
        </div>
      </aside>
      <article className={styles.article}>
        <EntryHeader entry={entry} />
        {entry.variables.length > 0 && (
          <div data-screen-only="">
            <LinkBanner />
          </div>
        )}
        <MarkdownBlocks items={entry.intro} />
        {entry.variables.length > 0 && !panelAt && <Panel entry={entry} />}
        {entry.sections
          .filter((s) => firstOfKind.has(s))
          .map((s) => (
            <Section
              key={s.anchor}
              entry={entry}
              section={s}
              fallbackAnchor={fallbackAnchor}
              panel={s === panelAt ? <Panel entry={entry} /> : null}
            />
          ))}
        {!kinds.has('context') && <ClosingFacts entry={entry} />}
        <RelatedEntries related={related} referencedBy={referencedBy} />
      </article>
    </div>
  );
}

interface SectionProps {
  entry: EntryModel;
  section: SectionRef;
  fallbackAnchor: string | null;
  panel: ReactNode;
}

function Section({ entry, section, fallbackAnchor, panel }: SectionProps) {
  const anchor = section.anchor;
  switch (section.kind) {
    case 'symptoms':
      return <SymptomsSection entry={entry} anchor={anchor} panel={panel} />;
    case 'solution':
      return <SolutionSection entry={entry} anchor={anchor} panel={panel} />;
    case 'verification':
      return <VerificationSection entry={entry} anchor={anchor} fallbackAnchor={fallbackAnchor} panel={panel} />;
    case 'fallback':
      return <FallbackSection entry={entry} anchor={anchor} panel={panel} />;
    case 'context':
      return <ContextSection entry={entry} anchor={anchor} />;
    default:
      return <OtherSection section={section} />;
  }
}

/**
 * The variables panel with the declarations from the frontmatter, as plain props. An entry page
 * has two, bound to the same values: `inline` before the first command on narrow screens, `aside`
 * sticky in the side column on wide screens (rendered in the browser only); CSS shows one of them.
 */
function Panel({ entry, variant = 'inline' }: { entry: EntryModel; variant?: 'inline' | 'aside' }) {
  // A composed variable brings the fields of its parts, so the reader can type each part once.
  const variables = namesWithParts(entry.variables, entry.meta.variables).map((name) => {
    const d = entry.meta.variables[name] ?? {};
    return {
      name,
      description: d.description,
      example: d.example,
      defaultValue: d.default,
      pattern: d.pattern,
      compose: d.compose,
    };
  });
  // The wrapper has no box of its own (display: contents); it lets print leave the fields out.
  return (
    <div data-screen-only="">
      <VariablePanel variables={variables} variant={variant} />
    </div>
  );
}

/** Whether a known section shows commands, so the variables panel goes before it. */
function hasCommands(entry: EntryModel, section: SectionRef): boolean {
  if (section.kind === 'symptoms') return entry.whereToCheck.length > 0;
  if (section.kind === 'solution') return entry.patterns.some((p) => p.blocks.length > 0);
  if (section.kind === 'verification') return (entry.verification?.blocks.length ?? 0) > 0;
  if (section.kind === 'fallback') return entry.fallbacks.some((f) => f.blocks.length > 0);
  return false;
}
