import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { parseCheck, patternProblem } from '../verify/checks';
import type { Block } from './blocks';
import { isCode, toCodeBlock } from './code';
import { keyword, labelledFields, stripMark } from './inline';
import { isList, listItems } from './lists';

/** Reads the verification commands, the Expected results and the "If it didn't work" pointer. */
export function parseVerification(blocks: Block[]): NonNullable<EntryModel['verification']> {
  const part: NonNullable<EntryModel['verification']> = { blocks: [], expected: [], notes: [] };
  let expectingList = false;
  for (const block of blocks) {
    if (isCode(block)) {
      part.blocks.push(toCodeBlock(block));
      continue;
    }
    if (expectingList && isList(block)) {
      part.expected.push(...listItems(block).map((i) => stripMark(i.text)));
      expectingList = false;
      continue;
    }
    expectingList = false;
    const expected = expectedText(block);
    if (expected !== null) {
      const lines = expected.split('\n').map(stripMark).filter(Boolean);
      part.expected.push(...lines);
      expectingList = lines.length === 0;
    } else if (!isFallbackPointer(block)) {
      part.notes.push(block.raw);
    }
  }
  return part;
}

/**
 * The text after an Expected label (`**Expected**:`, `**Expected:**`, or a plain `Expected output:`
 * line), or null when the block is not an Expected paragraph.
 */
function expectedText(block: Block): string | null {
  if (block.token.type !== 'paragraph') return null;
  const { fields, rest } = labelledFields(block.raw);
  const field = fields.find((f) => keyword(f.label).startsWith('expected'));
  if (field && rest === '') return field.value;
  const plain = /^expected(?: results?| output)?\s*:[ \t]*(.*)$/is.exec(block.raw);
  return plain ? plain[1] : null;
}

/** `**If it didn't work** → see Fallback below`: the page renders its own link in its place. */
function isFallbackPointer(block: Block): boolean {
  return (
    block.token.type === 'paragraph' &&
    /^\*\*if it (?:didn.?t|did not|does not|doesn.?t) work\*\*[^\n]*fallback[^\n]*$/i.test(block.raw)
  );
}

/**
 * Diagnostics for checkable Expected items (`output matches \`/re/\``) whose pattern does not
 * compile or could be very slow, each at its own line.
 */
export function checkExpectedPatterns(blocks: Block[]): FileDiagnostic[] {
  const found: FileDiagnostic[] = [];
  for (const block of blocks) {
    if (isCode(block)) continue;
    block.raw.split('\n').forEach((text, i) => {
      const check = parseCheck(stripMark(text.replace(/^\s*(?:\*\*expected[^*]*\*\*:?|expected[^:]*:)/i, '')));
      const problem = check && patternProblem(check);
      if (problem) found.push({ line: block.line + i, column: 1, severity: 'error', ...problem });
    });
  }
  return found;
}
