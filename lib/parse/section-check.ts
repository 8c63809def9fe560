import { didYouMean, type FileDiagnostic } from '../diagnostics';
import type { SectionKind, SectionRef } from '../content/model';
import { keyword } from './inline';

/** The template's headings, as authors write them, for did-you-mean. */
const TEMPLATE_HEADINGS: [Exclude<SectionKind, 'other'>, string][] = [
  ['symptoms', 'This Is Your Problem If'],
  ['symptoms', 'Symptoms'],
  ['solution', 'Solution'],
  ['solution', 'Solution (copy-paste)'],
  ['verification', 'Verification'],
  ['fallback', 'Fallback'],
  ['fallback', 'Fallback (if main solution failed)'],
  ['context', 'Context'],
  ['context', 'Root Cause'],
];

/** What a section's content says it is, whatever its heading: the template's own marks. */
const CONTENT_MARKS: [Exclude<SectionKind, 'other'>, RegExp, string][] = [
  ['verification', /\*\*Expected\*\*/, 'it has an **Expected** list'],
  ['symptoms', /^\s*[-*] \[ \]/m, 'it has `- [ ]` checklist items'],
  ['fallback', /^###\s+.*\bOption\s+\d/im, 'it has `### Option N` headings'],
  ['solution', /^###\s+.*Integration Pattern/im, 'it has an Integration Pattern'],
];

/** A `##` heading the parser did not recognise, and the known section it most likely meant. */
export interface SectionMiss {
  ref: SectionRef;
  kind: Exclude<SectionKind, 'other'>;
  /** Why: a near spelling, or the template marks the section holds. */
  reason: string;
  heading: string;
}

/** Finds unknown `##` sections that resemble a known one, by spelling or by content. Each heading at most once. */
export function sectionMisses(sections: readonly SectionRef[]): SectionMiss[] {
  const present = new Set(sections.map((s) => s.kind));
  const misses: SectionMiss[] = [];
  for (const ref of sections) {
    if (ref.kind !== 'other') continue;
    const spelt = didYouMean(
      keyword(ref.heading),
      TEMPLATE_HEADINGS.map(([, h]) => keyword(h)),
    );
    const bySpelling = TEMPLATE_HEADINGS.find(([, h]) => keyword(h) === spelt);
    const byContent = CONTENT_MARKS.find(([kind, re]) => !present.has(kind) && re.test(ref.markdown ?? ''));
    if (bySpelling)
      misses.push({
        ref,
        kind: bySpelling[0],
        heading: bySpelling[1],
        reason: `is not a section heading the template knows; did you mean "${bySpelling[1]}"?`,
      });
    else if (byContent)
      misses.push({
        ref,
        kind: byContent[0],
        heading: TEMPLATE_HEADINGS.find(([k]) => k === byContent[0])![1],
        reason: `is not a section heading the template knows, but ${byContent[2]}`,
      });
  }
  return misses;
}

/** A warning for a near-miss heading whose section is not required (the page shows it as plain prose). */
export function sectionMissWarning(miss: SectionMiss): FileDiagnostic {
  return {
    line: miss.ref.line,
    column: 1,
    severity: 'warning',
    code: 'unknown-section',
    message: `heading "${miss.ref.heading}" ${miss.reason}; it is shown as plain prose, not as the ${miss.kind} section`,
    hint: `rename it to \`## ${miss.heading}\` (emoji optional), or ignore this if it is meant as an extra section`,
  };
}
