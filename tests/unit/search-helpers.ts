import type { EntryModel } from '../../lib/model';
import { frontmatterSchema } from '../../lib/schema';

/** What a test says about an entry; everything else gets a neutral default. */
export interface EntrySpec {
  id: string;
  title: string;
  tldr?: string;
  category?: string;
  tags?: string[];
  technologies?: string[];
  /** Symptom items as Markdown; backticked parts become the exact error strings. */
  symptoms?: string[];
  rootCause?: string;
  code?: string;
}

/** Builds an entry model through the real frontmatter schema. */
export function makeEntry(spec: EntrySpec): EntryModel {
  const meta = frontmatterSchema.parse({
    kb_id: spec.id,
    category: spec.category ?? 'devops',
    platform: 'cross-platform',
    technologies: spec.technologies ?? ['docker'],
    complexity: 2,
    criticality: 'medium',
    created: '2026-01-15',
    tags: spec.tags ?? [],
  });
  const symptoms = (spec.symptoms ?? []).map((text, i) => ({
    text,
    errors: [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
    line: 10 + i,
  }));
  return {
    id: spec.id, file: `${spec.id}.md`, meta, title: spec.title, tldr: spec.tldr ?? '',
    fixTime: null, platformNote: null, intro: [], symptoms, whereToCheck: [], whereToCheckText: null,
    symptomNotes: [],
    patterns: spec.code ? [{ heading: '[Fix]', phase: null, tool: null, anchor: 'fix', notes: [],
      blocks: [{ lang: 'bash', code: spec.code, line: 30, variables: [] }] }] : [],
    critical: [], versions: [], solutionNotes: [], verification: null, fallbacks: [], fallbackNotes: [],
    context: spec.rootCause ? { rootCause: spec.rootCause, sideEffects: null, bestPractice: null, antiPattern: null, notes: [] } : null,
    applicable: null, frequency: null, sections: [], variables: [],
  };
}
