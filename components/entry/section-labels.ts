import type { SectionKind } from '@/lib/content/model';

/** The headings the page shows for the sections the parser knows (unknown sections keep their own). */
export const SECTION_LABELS: Record<Exclude<SectionKind, 'other'>, string> = {
  symptoms: 'This is your problem if',
  solution: 'Solution',
  verification: 'Verification',
  fallback: 'Fallbacks',
  context: 'Context',
};
