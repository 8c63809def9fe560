import type { Token } from 'marked';
import type { FileDiagnostic } from '../diagnostics';

/**
 * Limits on an entry's size and shape, so another team's entry cannot stall or crash the pipeline. Real entries are far
 * inside them: the starter KB's largest is 6.4 KB, the largest of seven KBs other teams wrote 7.7 KB, and none nests
 * lists or quotes more than three deep.
 */

/**
 * Characters in an entry file. Every step after reading is linear or near it (tests/unit/hardening-repeated-fragments),
 * but the Markdown parser behind the page (micromark's mdast builder) is quadratic in some runs of brackets: 40,000
 * characters of `[a]` render in 1.0-1.6 s. The cap bounds that at about 3.3 s for one hostile entry (64 KB of `[a]`;
 * `![a]` 1.9-3.2 s, `[a](` 1.9-2.2 s).
 */
export const MAX_ENTRY_CHARS = 65_536;

/**
 * Lists and block quotes inside each other. marked (the parser here) and remark (the page's) recurse once per level and
 * overflow the stack between 2,000 and 5,000 levels: a line of 6,000 `> ` made `kb validate` die with a RangeError.
 */
export const MAX_NESTING = 100;

/** The `entry-too-large` error, or null. */
export function tooLarge(text: string): FileDiagnostic | null {
  if (text.length <= MAX_ENTRY_CHARS) return null;
  return {
    line: 1,
    column: 1,
    severity: 'error',
    code: 'entry-too-large',
    message: `the entry has ${text.length.toLocaleString('en-US')} characters; an entry may have at most ${MAX_ENTRY_CHARS.toLocaleString('en-US')} (entries are usually 2,000-8,000)`,
    hint: 'move long logs and background to a linked page or split the entry in two; quote only the lines a reader pastes',
  };
}

/** Thrown by the block lexer when lists or quotes nest past {@link MAX_NESTING}. */
export class NestingError extends Error {}

/** The deepest nesting of lists and block quotes in marked's block tokens (iterative: the tokens may be deep). */
export function nestingDepth(tokens: readonly Token[]): number {
  let deepest = 0;
  const stack: Array<[readonly Token[], number]> = [[tokens, 0]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop()!;
    for (const token of list) {
      const nests = token.type === 'blockquote' || token.type === 'list';
      const level = nests ? depth + 1 : depth;
      deepest = Math.max(deepest, level);
      if (level > MAX_NESTING) return level;
      if ('items' in token && Array.isArray(token.items)) stack.push([token.items as Token[], level]);
      if ('tokens' in token && Array.isArray(token.tokens)) stack.push([token.tokens as Token[], level]);
    }
  }
  return deepest;
}

/** The `markdown-too-deep` error at `line`. */
export function tooDeep(line: number): FileDiagnostic {
  return {
    line,
    column: 1,
    severity: 'error',
    code: 'markdown-too-deep',
    message: `lists or block quotes nest more than ${MAX_NESTING} levels deep here`,
    hint: 'an entry needs two or three levels at most: remove the extra `>` or list markers (a pasted log with `>` at line starts belongs in a code block)',
  };
}

/** Markers that open a list item or a quote, one after another at a line's start. Each repeat consumes a marker. */
const LEADING_MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

/** The 1-based file line whose start stacks the most quote and list markers: where a nesting error points. */
export function deepestLine(body: string, firstLine: number): number {
  let best = firstLine;
  let most = 0;
  body.split('\n').forEach((text, i) => {
    const markers = LEADING_MARKERS.exec(text)?.[0].replace(/[^>*+\-.)]/g, '').length ?? 0;
    if (markers > most) [most, best] = [markers, firstLine + i];
  });
  return best;
}
