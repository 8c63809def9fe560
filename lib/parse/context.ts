import type { EntryModel } from '../content/model';
import type { Block } from './blocks';
import { keyword, labelledFields } from './inline';

type Context = NonNullable<EntryModel['context']>;
const FIELDS: [RegExp, keyof Omit<Context, 'notes'>][] = [
  [/root cause|^cause|^why/, 'rootCause'],
  [/side effect/, 'sideEffects'],
  [/best practice|^prevent/, 'bestPractice'],
  [/anti pattern|antipattern|^avoid/, 'antiPattern'],
];

/** Reads Root Cause, Side Effects, Best Practice and Anti-Pattern; other paragraphs stay notes. */
export function parseContext(blocks: Block[]): Context {
  const context: Context = { rootCause: null, sideEffects: null, bestPractice: null, antiPattern: null, notes: [] };
  for (const block of blocks) {
    const { fields, rest } = labelledFields(block.raw);
    if (block.token.type !== 'paragraph' || fields.length === 0 || rest !== '') {
      context.notes.push(block.raw);
      continue;
    }
    for (const f of fields) {
      const key = FIELDS.find(([re]) => re.test(keyword(f.label)))?.[1];
      if (key && context[key] === null) context[key] = f.value;
      else context.notes.push(`**${f.label}**: ${f.value}`);
    }
  }
  return context;
}

/** Takes `**Applicable**:` / `**Frequency**:` paragraphs out of a section, wherever the author put them. */
export function takeClosing(blocks: Block[]): { blocks: Block[]; applicable: string | null; frequency: string | null } {
  let applicable: string | null = null;
  let frequency: string | null = null;
  const kept = blocks.filter((block) => {
    if (block.token.type !== 'paragraph') return true;
    const { fields, rest } = labelledFields(block.raw);
    const all =
      fields.length > 0 &&
      rest === '' &&
      fields.every((f) => /^(applicable|applies to|frequency)/.test(keyword(f.label)));
    if (!all) return true;
    for (const f of fields) {
      if (keyword(f.label).startsWith('freq')) frequency = f.value;
      else applicable = f.value;
    }
    return false;
  });
  return { blocks: kept, applicable, frequency };
}
