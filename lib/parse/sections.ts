import type { SectionKind } from '../content/model';
import { keyword } from './inline';

/** Keywords that identify a top-level section, checked in this order ("Fallback (if main solution failed)" is a fallback). */
const KINDS: [SectionKind, RegExp][] = [
  ['fallback', /fallback|alternative|plan b|if .*fail/],
  ['verification', /verif|confirm|test the fix|check that it worked/],
  ['symptoms', /problem if|symptom|signs|you see/],
  ['context', /context|background|root cause|explanation|^why\b|why (?:it|this) happens/],
  ['solution', /solution|^fix\b|the fix|resolution|how to fix/],
];

/** Classifies a `##` heading by keyword, emoji and case ignored. */
export function sectionKind(title: string): SectionKind {
  const k = keyword(title);
  return KINDS.find(([, re]) => re.test(k))?.[0] ?? 'other';
}

/** Fixed anchors for the known sections, so deep links survive heading edits. */
export const SECTION_ANCHORS: Record<Exclude<SectionKind, 'other'>, string> = {
  symptoms: 'symptoms',
  solution: 'solution',
  verification: 'verification',
  fallback: 'fallback',
  context: 'context',
};

/** How to add a required section, for diagnostics. */
export const REQUIRED_HINTS = {
  title: 'start the body with one `# Title` line',
  tldr: 'add `> **TL;DR**: <symptom> → <fix>` right under the title',
  symptoms: 'add `## 🔍 This Is Your Problem If:` with `- [ ] …` items; put exact error text in backticks',
  solution:
    'add `## ✅ SOLUTION (copy-paste)` with `### 🎯 Integration Pattern: [Phase — Tool]` and a fenced code block',
} as const;
