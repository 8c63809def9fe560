import type { TextRun } from './results';

/**
 * A matched symptom longer than this is cut to the part around the words that matched. Symptoms are short (median 97
 * characters in the starter KB); the long ones list one message in several wordings, a tool's translations among them
 * (about 650 characters for seven languages), where the reader should see the wording their paste matched.
 */
export const EXCERPT_OVER_CHARS = 240;
/** The length an excerpt aims at before it is widened to whole words. */
export const EXCERPT_CHARS = 180;
const ELLIPSIS = '…';
/** How far a cut moves to reach a word's end. */
const MAX_WORD_STRETCH = 40;

/** One cell of the runs' text: a character of a literal run, or a whole placeholder (never cut apart). */
interface Cell {
  run: number;
  text: string;
  mark: boolean;
  atomic: boolean;
}

/**
 * The window of `runs` that holds the most marked characters, when their text is longer than
 * {@link EXCERPT_OVER_CHARS}: about {@link EXCERPT_CHARS} characters, widened to whole words, with `…` where text was
 * left out. Shorter text comes back as it is. Pure; placeholders stay whole.
 */
export function excerptRuns(runs: readonly TextRun[]): TextRun[] {
  // Most symptoms are short: no cells for them (UTF-16 length is never less than the count of cells).
  if (runs.reduce((length, run) => length + run.text.length, 0) <= EXCERPT_OVER_CHARS) return [...runs];
  const cells = toCells(runs);
  if (cells.length <= EXCERPT_OVER_CHARS) return [...runs];
  const start = wordStart(cells, bestWindow(cells, EXCERPT_CHARS));
  const end = wordEnd(cells, Math.min(cells.length, start + EXCERPT_CHARS));
  return fromCells(cells.slice(start, end), runs, start > 0, end < cells.length);
}

/** Plain text of runs, placeholders written back as `__NAME__`: the `matched` text a result carries. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => (r.variable === undefined ? r.text : `__${r.variable}__`)).join('');
}

function toCells(runs: readonly TextRun[]): Cell[] {
  return runs.flatMap<Cell>((r, run) =>
    r.variable === undefined
      ? [...r.text].map((ch) => ({ run, text: ch, mark: r.mark, atomic: false }))
      : [{ run, text: r.text, mark: r.mark, atomic: true }],
  );
}

/**
 * Start of a `width`-cell window around the most marked cells: the earliest window holding the most, then moved to
 * centre the marked cells it holds, so the words around the match show on both sides.
 */
function bestWindow(cells: readonly Cell[], width: number): number {
  let marked = 0;
  for (let i = 0; i < width; i++) if (cells[i].mark) marked++;
  let best = 0;
  let bestMarked = marked;
  for (let start = 1; start + width <= cells.length; start++) {
    if (cells[start - 1].mark) marked--;
    if (cells[start + width - 1].mark) marked++;
    if (marked > bestMarked) [best, bestMarked] = [start, marked];
  }
  if (bestMarked === 0) return 0;
  const inWindow = cells.slice(best, best + width);
  const first = best + inWindow.findIndex((c) => c.mark);
  const last = best + inWindow.findLastIndex((c) => c.mark);
  const centred = Math.round((first + last - width) / 2);
  return Math.max(0, Math.min(cells.length - width, centred));
}

const isSpace = (cell: Cell | undefined): boolean => cell !== undefined && !cell.atomic && /\s/u.test(cell.text);

/** Moves a start back to the beginning of the word it falls in (not past {@link MAX_WORD_STRETCH}). */
function wordStart(cells: readonly Cell[], start: number): number {
  let at = start;
  while (at > 0 && start - at < MAX_WORD_STRETCH && !isSpace(cells[at - 1])) at--;
  return isSpace(cells[at - 1]) || at === 0 ? at : start;
}

/** Moves an end forward to the end of the word it falls in (not past {@link MAX_WORD_STRETCH}). */
function wordEnd(cells: readonly Cell[], end: number): number {
  let at = end;
  while (at < cells.length && at - end < MAX_WORD_STRETCH && !isSpace(cells[at])) at++;
  return at === cells.length || isSpace(cells[at]) ? at : end;
}

/** Joins cells back into runs, with an unmarked `…` where text was cut off. */
function fromCells(cells: readonly Cell[], runs: readonly TextRun[], cutBefore: boolean, cutAfter: boolean): TextRun[] {
  const out: TextRun[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (cell.atomic) out.push({ ...runs[cell.run] });
    else if (last !== undefined && last.variable === undefined && last.mark === cell.mark) last.text += cell.text;
    else out.push({ text: cell.text, mark: cell.mark });
  }
  if (cutBefore) {
    trimRun(out, 0, (text) => text.trimStart());
    out.unshift({ text: `${ELLIPSIS} `, mark: false });
  }
  if (cutAfter) {
    trimRun(out, out.length - 1, (text) => text.trimEnd());
    out.push({ text: ` ${ELLIPSIS}`, mark: false });
  }
  return out.filter((r) => r.text.length > 0);
}

/** Trims the literal run at `at` (a placeholder stays as it is), beside the ellipsis that replaces the cut text. */
function trimRun(runs: TextRun[], at: number, trim: (text: string) => string): void {
  const run = runs[at];
  if (run !== undefined && run.variable === undefined) runs[at] = { ...run, text: trim(run.text) };
}
