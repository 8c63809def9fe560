import type { Frontmatter } from './schema';

/** Markdown source text, rendered to safe HTML by `lib/render`. */
export type Markdown = string;

/** A fenced code block from an entry. */
export interface CodeBlock {
  /** Info-string language (`bash`, `yaml` …) or null when none was given. */
  lang: string | null;
  /** The code as the reader copies it: `# 🖍️ VAR` authoring markers removed, placeholders kept. */
  code: string;
  /** 1-based line of the opening fence in the source file. */
  line: number;
  /** Variable names used in the block, in order of first use. */
  variables: string[];
}

/** A command written as inline code (Where to Check). */
export interface InlineCommand {
  code: string;
  variables: string[];
  /** 1-based line of the Where to Check paragraph that holds it. */
  line: number;
}

/** One `- [ ]` item of the symptom checklist. */
export interface Symptom {
  /** The item's Markdown, without the checkbox. */
  text: Markdown;
  /** Backticked strings in the item: exact error text as the tool prints it (none in a {@link counter} item). */
  errors: string[];
  line: number;
  /**
   * The item names a look-alike that is another problem (`NOT this entry: \`ECONNREFUSED\` (name resolved, nothing
   * listening)`): its backticked strings are that other problem's errors, so search does not read them as this entry's
   * and the page lists the item apart, without a checkbox (lib/parse/symptoms.ts `isCounterSymptom`).
   */
  counter: boolean;
}

/** `### 🎯 Integration Pattern: [Phase — Tool]` and the code under it. */
export interface IntegrationPattern {
  /** Heading text without emoji and keyword prefix, e.g. `[Build Phase — Dockerfile]`. */
  heading: string;
  phase: string | null;
  tool: string | null;
  anchor: string;
  blocks: CodeBlock[];
  /** Prose between or after the blocks, in order. */
  notes: Markdown[];
}

/** `- ✓ **name** — why` under Critical. */
export interface CriticalItem {
  name: Markdown;
  why: Markdown;
}

/** `- **Works**: Docker 20.10+` under Versions. */
export interface VersionItem {
  label: Markdown;
  value: Markdown;
}

/** One `### Option N: title` under Fallback. */
export interface FallbackOption {
  number: number | null;
  title: string;
  anchor: string;
  blocks: CodeBlock[];
  when: Markdown | null;
  risks: Markdown | null;
  notes: Markdown[];
}

/** The kinds of top-level section the parser knows; `other` is kept as Markdown. */
export type SectionKind = 'symptoms' | 'solution' | 'verification' | 'fallback' | 'context' | 'other';

/** A top-level (`##`) section in source order. */
export interface SectionRef {
  kind: SectionKind;
  /** Heading text as written (emoji stripped). */
  heading: string;
  anchor: string;
  line: number;
  /** For `other` sections: the whole section body as Markdown, rendered in place. */
  markdown: Markdown | null;
}

/** The entry model: every part of the template as typed data. Pages, search and the CLI read only this. */
export interface EntryModel {
  id: string;
  /** Path of the source file relative to the content folder. */
  file: string;
  meta: Frontmatter;
  title: string;
  tldr: Markdown;
  fixTime: string | null;
  platformNote: string | null;
  /** Anything else in the summary blockquote or before the first section. */
  intro: Markdown[];
  symptoms: Symptom[];
  whereToCheck: InlineCommand[];
  /** The Where to Check line as written, for display of any prose around the commands. */
  whereToCheckText: Markdown | null;
  /** Other content of the symptoms section, in order. */
  symptomNotes: Markdown[];
  patterns: IntegrationPattern[];
  critical: CriticalItem[];
  versions: VersionItem[];
  /** Other content of the solution section (prose, unknown sub-headings), in order. */
  solutionNotes: Markdown[];
  verification: {
    blocks: CodeBlock[];
    expected: Markdown[];
    /** Other content of the verification section, in order. */
    notes: Markdown[];
  } | null;
  fallbacks: FallbackOption[];
  /** Prose under the Fallback heading before the first option. */
  fallbackNotes: Markdown[];
  context: {
    rootCause: Markdown | null;
    sideEffects: Markdown | null;
    bestPractice: Markdown | null;
    antiPattern: Markdown | null;
    /** Other paragraphs in the context section, in order. */
    notes: Markdown[];
  } | null;
  applicable: Markdown | null;
  frequency: Markdown | null;
  /** Top-level sections in source order, including the ones the parser does not know. */
  sections: SectionRef[];
  /** Every variable name the entry uses (code blocks and inline commands), in order of first use. */
  variables: string[];
}
