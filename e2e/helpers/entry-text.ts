import { loadKb } from '../../lib/content/kb';
import type { EntryModel } from '../../lib/content/model';
import { markdownToText } from '../../lib/render/markdown';
import { splitPlaceholders } from '../../lib/variables/placeholders';
import { substitute, withDefaults } from '../../lib/variables/substitute';

/** The valid entries of a content folder (path relative to the repository root), for page tests. */
export async function entriesOf(dir: string): Promise<EntryModel[]> {
  const kb = await loadKb(dir);
  return kb.entries;
}

/** One piece of an entry's text that the page must show, and where it comes from (for failure messages). */
export interface TextPiece {
  where: string;
  text: string;
}

/**
 * Every piece of text of an entry, as the reader should see it: Markdown reduced to its visible
 * text, code line by line, placeholders shown by name. Nothing of the source may be missing.
 */
export function entryTextPieces(e: EntryModel): TextPiece[] {
  const pieces: TextPiece[] = [];
  const md = (where: string, value: string | null | undefined) =>
    value && pieces.push({ where, text: markdownToText(value) });
  const code = (where: string, value: string) =>
    value
      .split('\n')
      .forEach((line, i) => line.trim() && pieces.push({ where: `${where} line ${i + 1}`, text: codeText(line) }));

  md('title', e.title);
  md('tldr', e.tldr);
  md('fix time', e.fixTime);
  md('platform note', e.platformNote);
  e.intro.forEach((m, i) => md(`intro ${i + 1}`, m));
  e.symptoms.forEach((s, i) => md(`symptom ${i + 1}`, s.text));
  e.whereToCheck.forEach((c, i) => code(`where-to-check ${i + 1}`, c.code));
  e.symptomNotes.forEach((m, i) => md(`symptom note ${i + 1}`, m));
  e.patterns.forEach((p, i) => {
    md(`pattern ${i + 1} phase`, p.phase ?? p.heading);
    md(`pattern ${i + 1} tool`, p.tool);
    p.blocks.forEach((b, j) => code(`pattern ${i + 1} block ${j + 1}`, b.code));
    p.notes.forEach((m, j) => md(`pattern ${i + 1} note ${j + 1}`, m));
  });
  e.critical.forEach((c, i) => (md(`critical ${i + 1} name`, c.name), md(`critical ${i + 1} why`, c.why)));
  e.versions.forEach((v, i) => (md(`version ${i + 1} label`, v.label), md(`version ${i + 1} value`, v.value)));
  e.solutionNotes.forEach((m, i) => md(`solution note ${i + 1}`, m));
  e.verification?.blocks.forEach((b, i) => code(`verification block ${i + 1}`, b.code));
  e.verification?.expected.forEach((m, i) => md(`expected ${i + 1}`, m));
  e.verification?.notes.forEach((m, i) => md(`verification note ${i + 1}`, m));
  e.fallbackNotes.forEach((m, i) => md(`fallback note ${i + 1}`, m));
  e.fallbacks.forEach((f, i) => {
    md(`fallback ${i + 1} title`, f.title);
    f.blocks.forEach((b, j) => code(`fallback ${i + 1} block ${j + 1}`, b.code));
    md(`fallback ${i + 1} when`, f.when);
    md(`fallback ${i + 1} risks`, f.risks);
    f.notes.forEach((m, j) => md(`fallback ${i + 1} note ${j + 1}`, m));
  });
  const c = e.context;
  if (c) {
    (['rootCause', 'sideEffects', 'bestPractice', 'antiPattern'] as const).forEach((k) => md(`context ${k}`, c[k]));
    c.notes.forEach((m, i) => md(`context note ${i + 1}`, m));
  }
  md('applicable', e.applicable);
  md('frequency', e.frequency);
  e.sections
    .filter((s) => s.kind === 'other')
    .forEach((s) => (md(`section "${s.heading}" heading`, s.heading), md(`section "${s.heading}"`, s.markdown)));
  return pieces;
}

/** A line of code as the page shows it: each `__NAME__` as its bare name. */
function codeText(line: string): string {
  return splitPlaceholders(line)
    .map((p) => (p.kind === 'text' ? p.text : p.name))
    .join('');
}

/**
 * A matcher for a piece in the page text. Whitespace is ignored (lists, tables and code wrap
 * differently in the DOM), and a variable with a declared default may show that default instead of its name.
 */
export function pieceMatcher(e: EntryModel, text: string): RegExp {
  let source = escape(squash(text));
  for (const [name, decl] of Object.entries(e.meta.variables)) {
    if (decl.default) source = source.replaceAll(escape(name), `(?:${escape(name)}|${escape(squash(decl.default))})`);
  }
  return new RegExp(source);
}

/** Removes all whitespace, for comparing text whose line breaks and spacing the layout decides. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a copy button of a block must put on the clipboard: the code, declared defaults filled in. */
export function expectedCopy(e: EntryModel, code: string): string {
  const defaults = Object.fromEntries(
    Object.entries(e.meta.variables).flatMap(([n, d]) => (d.default ? [[n, d.default]] : [])),
  );
  return substitute(code, withDefaults({}, defaults));
}
