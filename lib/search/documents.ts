import type { CodeBlock, EntryModel, Markdown } from '../content/model';
import type { VariableDeclaration } from '../content/schema';
import { splitCounters } from '../parse/symptoms';
import { findVariables } from '../variables/placeholders';
import { compileMatch, groupNames } from './match-patterns';
import { openExamples, variableExamples } from './value-check';
import { programsOf } from './programs';

/**
 * Turns an entry model into the text the index reads: one text list per weighted field, the
 * exact error strings (signatures) with the symptom they belong to, and what a result shows.
 * Browser-safe.
 */

/** The index fields, from most to least telling. */
export type FieldName = 'errors' | 'title' | 'tags' | 'tldr' | 'technologies' | 'symptoms' | 'body' | 'code';

/** How much a term counts in each field; the exact error strings count most. */
export const FIELD_WEIGHTS: Readonly<Record<FieldName, number>> = {
  errors: 5,
  title: 3,
  tags: 2,
  tldr: 2,
  technologies: 1.5,
  symptoms: 1.5,
  body: 1,
  code: 0.3,
};

/** An exact error string from a symptom item. */
interface Signature {
  /** Index into {@link SearchDocument.symptoms}. */
  symptom: number;
  text: string;
}

/** What the index is built from, for one entry. */
export interface SearchDocument {
  id: string;
  title: string;
  category: string;
  /** Each symptom item as plain text, in order: the "matched" line of a result (empty for a counter item). */
  symptoms: string[];
  signatures: Signature[];
  fields: Record<FieldName, string[]>;
  /** Error strings holding `__NAME__` placeholders: they capture values from a paste (`capture.ts`). */
  capture: string[];
  /** The entry's `match:` patterns (`match-patterns.ts`); their examples are searched as error strings. */
  match: string[];
  /** Each pattern's example, in the same order. */
  matchExamples: string[];
  /** Declarations (`variables:`) of the variables those strings and patterns name. */
  declared: Record<string, VariableDeclaration>;
  /** The programs its shell commands run (`programs.ts`). */
  programs: string[];
}

/** Builds the search document of one entry. */
export function toSearchDocument(entry: EntryModel): SearchDocument {
  // A counter item describes another problem: no result shows it as what matched, and its words are not this entry's.
  const symptoms = entry.symptoms.map((s) => (s.counter ? '' : plainText(s.text)));
  const examples = variableExamples(entry);
  const commands = entry.whereToCheck.map((c) => c.code);
  const blocks = codeBlocks(entry);
  const signatures = entry.symptoms.flatMap((s, symptom) =>
    s.errors.map((text) => ({ symptom, text: openExamples(text, examples) })),
  );
  const capture = signatures.map((s) => s.text).filter((text) => findVariables(text).length > 0);
  const match = entry.meta.match.map((m) => m.pattern);
  const declared: Record<string, VariableDeclaration> = {};
  for (const name of [...capture.flatMap(findVariables), ...match.flatMap(namedGroups)]) {
    if (Object.hasOwn(entry.meta.variables, name)) declared[name] = entry.meta.variables[name];
  }
  return {
    id: entry.id,
    title: entry.title,
    category: entry.meta.category,
    symptoms,
    signatures,
    fields: {
      errors: [...signatures.map((s) => s.text), ...entry.meta.match.map((m) => m.example)],
      title: [entry.title],
      tags: entry.meta.tags,
      tldr: [entry.tldr],
      technologies: entry.meta.technologies,
      symptoms: splitCounters(entry.symptoms).signs.map((s) => s.text.replace(/`[^`]*`/g, ' ')),
      body: bodyTexts(entry),
      code: [...commands, ...blocks.map((b) => b.code)],
    },
    capture,
    match,
    matchExamples: entry.meta.match.map((m) => m.example),
    declared,
    programs: programsOf(commands, blocks),
  };
}

/** Markdown inline syntax removed: what a reader sees in one line. */
export function plainText(markdown: Markdown): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|\*|~~)(?=\S)([^*~]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function bodyTexts(entry: EntryModel): Markdown[] {
  const context = entry.context;
  return [
    entry.fixTime,
    entry.platformNote,
    ...entry.intro,
    ...entry.symptomNotes,
    entry.whereToCheckText,
    ...entry.patterns.flatMap((p) => [p.heading, ...p.notes]),
    ...entry.critical.flatMap((c) => [c.name, c.why]),
    ...entry.versions.flatMap((v) => [v.label, v.value]),
    ...entry.solutionNotes,
    ...(entry.verification ? [...entry.verification.expected, ...entry.verification.notes] : []),
    ...entry.fallbacks.flatMap((f) => [f.title, f.when, f.risks, ...f.notes]),
    ...entry.fallbackNotes,
    ...(context
      ? [context.rootCause, context.sideEffects, context.bestPractice, context.antiPattern, ...context.notes]
      : []),
    entry.applicable,
    entry.frequency,
    ...entry.sections.map((s) => s.markdown),
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/** The entry's code blocks: its patterns', its verification's and its fallbacks'. */
function codeBlocks(entry: EntryModel): CodeBlock[] {
  return [
    ...entry.patterns.flatMap((p) => p.blocks),
    ...(entry.verification?.blocks ?? []),
    ...entry.fallbacks.flatMap((f) => f.blocks),
  ];
}

function namedGroups(pattern: string): string[] {
  const compiled = compileMatch(pattern);
  return compiled.ok ? groupNames(compiled.regex) : [];
}
