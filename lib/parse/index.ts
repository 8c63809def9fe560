import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel, SectionRef } from '../content/model';
import { type Block, groupByHeading, lexBlocks, toMarkdown } from './blocks';
import { deepestLine, NestingError, tooDeep } from './limits';
import { checkFence, isCode } from './code';
import { parseContext, takeClosing } from './context';
import { parseFallbacks } from './fallback';
import { slugify } from './inline';
import { type SectionMiss, sectionMisses, sectionMissWarning } from './section-check';
import { REQUIRED_HINTS, SECTION_ANCHORS, sectionKind } from './sections';
import { parseSolution } from './solution';
import { parseSummary } from './summary';
import { parseSymptoms } from './symptoms';
import { checkExpectedPatterns, parseVerification } from './verification';
import { modelVariables } from './variables';

/** The part of the entry model that comes from the body. */
type BodyModel = Omit<EntryModel, 'id' | 'file' | 'meta'>;

/** Parses an entry body into the model; `firstLine` is the body's line in the file. Never throws. */
export function parseBody(body: string, firstLine: number): { model: BodyModel; diagnostics: FileDiagnostic[] } {
  let all: Block[];
  try {
    all = lexBlocks(body, firstLine);
  } catch (error) {
    if (!(error instanceof NestingError)) throw error;
    return { model: emptyModel('', parseSummary([]).summary), diagnostics: [tooDeep(deepestLine(body, firstLine))] };
  }
  const diagnostics = all
    .filter(isCode)
    .map(checkFence)
    .filter((d): d is FileDiagnostic => d !== null);
  const titles = all.filter((b) => b.token.type === 'heading' && b.token.depth === 1);
  const blocks = all.filter((b) => b.token.type !== 'hr' && !titles.includes(b));
  const closing = takeClosing(blocks);
  const [intro, ...groups] = groupByHeading(closing.blocks, 2);
  const { summary, used } = parseSummary(intro.blocks);
  const model = emptyModel(titles[0] ? plainTitle(titles[0]) : '', summary);
  model.intro.push(...intro.blocks.filter((b) => !used.has(b)).map((b) => b.raw));
  model.applicable = closing.applicable;
  model.frequency = closing.frequency;
  const anchors = new Set<string>(Object.values(SECTION_ANCHORS));
  for (const group of groups) addSection(model, group.title, group.headingLine, group.blocks, anchors);
  for (const group of groups)
    if (sectionKind(group.title) === 'verification') diagnostics.push(...checkExpectedPatterns(group.blocks));
  model.variables = modelVariables(model);
  for (const extra of titles.slice(1)) diagnostics.push(secondTitle(extra));
  const misses = sectionMisses(model.sections);
  const missing = missingSections(model, titles[0]?.line ?? firstLine, misses);
  diagnostics.push(...missing.diagnostics);
  diagnostics.push(...misses.filter((m) => !missing.explained.has(m)).map(sectionMissWarning));
  return { model, diagnostics };
}

function addSection(model: BodyModel, title: string, line: number, blocks: Block[], anchors: Set<string>): void {
  const kind = sectionKind(title);
  const ref: SectionRef = {
    kind,
    heading: title,
    anchor: kind === 'other' ? '' : SECTION_ANCHORS[kind],
    line,
    markdown: null,
  };
  if (kind === 'symptoms') {
    const part = parseSymptoms(blocks);
    model.symptoms.push(...part.symptoms);
    model.whereToCheck.push(...part.whereToCheck);
    model.whereToCheckText ??= part.whereToCheckText;
    model.symptomNotes.push(...part.notes);
  } else if (kind === 'solution') {
    const part = parseSolution(blocks);
    model.patterns.push(...part.patterns);
    model.critical.push(...part.critical);
    model.versions.push(...part.versions);
    model.solutionNotes.push(...part.notes);
  } else if (kind === 'verification') {
    const part = parseVerification(blocks);
    model.verification = model.verification
      ? {
          blocks: [...model.verification.blocks, ...part.blocks],
          expected: [...model.verification.expected, ...part.expected],
          notes: [...model.verification.notes, ...part.notes],
        }
      : part;
  } else if (kind === 'fallback') {
    const part = parseFallbacks(blocks);
    model.fallbacks.push(
      ...part.options.map((o, i) => ({ ...o, anchor: `fallback-${model.fallbacks.length + i + 1}` })),
    );
    model.fallbackNotes.push(...part.notes);
  } else if (kind === 'context') {
    model.context = parseContext(blocks);
  } else {
    ref.markdown = toMarkdown(blocks);
  }
  if (model.sections.some((s) => s.anchor === ref.anchor) || ref.anchor === '')
    ref.anchor = uniqueAnchor(title, anchors);
  model.sections.push(ref);
}

function uniqueAnchor(title: string, taken: Set<string>): string {
  const base = slugify(title);
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}

function plainTitle(block: Block): string {
  // A closing run of #s after a space (`# Title ##`). Not `/\s+#*\s*$/`: two runs of spaces either side of an optional
  // part, tried from every space, made a title with a long run of spaces quadratic (see tests/unit/parse-linear.test.ts).
  return block.raw
    .replace(/^#\s+/, '')
    .trimEnd()
    .replace(/(?<=\s)#+$/, '')
    .trim();
}

function emptyModel(title: string, summary: ReturnType<typeof parseSummary>['summary']): BodyModel {
  return {
    title,
    tldr: summary.tldr,
    fixTime: summary.fixTime,
    platformNote: summary.platformNote,
    intro: [...summary.rest],
    symptoms: [],
    whereToCheck: [],
    whereToCheckText: null,
    symptomNotes: [],
    patterns: [],
    critical: [],
    versions: [],
    solutionNotes: [],
    verification: null,
    fallbacks: [],
    fallbackNotes: [],
    context: null,
    applicable: null,
    frequency: null,
    sections: [],
    variables: [],
  };
}

function secondTitle(block: Block): FileDiagnostic {
  return {
    line: block.line,
    column: 1,
    severity: 'error',
    code: 'title-multiple',
    message: 'a second `# ` title; an entry has exactly one title',
    hint: 'make this heading a section (`## …`) or a sub-section (`### …`)',
  };
}

/** How a required part is named in messages. */
const REQUIRED_LABELS: Record<keyof typeof REQUIRED_HINTS, string> = {
  title: 'title',
  tldr: 'TL;DR',
  symptoms: 'symptom checklist',
  solution: 'solution',
};

/**
 * Required parts that are absent. Each is reported once, where the author can fix it: at a near-miss
 * heading that was meant to be that section (`## This Is Your Problm If`), at the section that is there
 * but empty, else at the title.
 */
function missingSections(
  model: BodyModel,
  titleLine: number,
  misses: SectionMiss[],
): { diagnostics: FileDiagnostic[]; explained: Set<SectionMiss> } {
  const missing: [keyof typeof REQUIRED_HINTS, boolean][] = [
    ['title', model.title === ''],
    ['tldr', model.tldr === ''],
    ['symptoms', model.symptoms.every((s) => s.counter)],
    ['solution', !model.patterns.some((p) => p.blocks.length > 0)],
  ];
  const explained = new Set<SectionMiss>();
  const diagnostics = missing
    .filter(([, gone]) => gone)
    .map(([name]): FileDiagnostic => {
      const miss = misses.find((m) => m.kind === name);
      const section = model.sections.find((s) => s.kind === name);
      const what = `the required ${REQUIRED_LABELS[name]} is missing`;
      if (miss) {
        explained.add(miss);
        return {
          line: miss.ref.line,
          column: 1,
          severity: 'error',
          code: 'missing-section',
          message: `${what}: heading "${miss.ref.heading}" ${miss.reason}`,
          hint: `rename it to \`## ${miss.heading}\` (emoji optional)`,
        };
      }
      return {
        line: section?.line ?? titleLine,
        column: 1,
        severity: 'error',
        code: 'missing-section',
        message: `${what}${name === 'symptoms' ? symptomsMissing(model) : ''}${name === 'solution' ? ' (no solution section with a code block found)' : ''}`,
        hint: REQUIRED_HINTS[name],
      };
    });
  return { diagnostics, explained };
}

/** Why the checklist counts as missing: no items, or only items that say they are not this problem. */
function symptomsMissing(model: BodyModel): string {
  return model.symptoms.length === 0
    ? ' (no checklist items found)'
    : ' (its only items say they are not this problem: each names another problem, not a symptom of this one)';
}
