import type { Block } from './blocks';
import { keyword, labelledFields } from './inline';

/** TL;DR, fix time and platform note from the blockquote under the title. */
interface Summary {
  tldr: string;
  fixTime: string | null;
  platformNote: string | null;
  /** Text of the blockquote that is none of the above. */
  rest: string[];
}

/** Reads the summary blockquote (`> **TL;DR**: … > **Fix Time**: … | **Platform**: …`). */
export function parseSummary(blocks: Block[]): { summary: Summary; used: Set<Block> } {
  const summary: Summary = { tldr: '', fixTime: null, platformNote: null, rest: [] };
  const used = new Set<Block>();
  for (const block of blocks) {
    if (block.token.type !== 'blockquote' && block.token.type !== 'paragraph') continue;
    const text = block.token.type === 'blockquote' ? unquote(block.raw) : block.raw;
    const { fields, rest } = labelledFields(text);
    if (!fields.some((f) => isTldr(f.label))) continue;
    used.add(block);
    if (rest) summary.rest.push(rest);
    for (const { label, value } of fields) {
      const k = keyword(label);
      if (isTldr(label)) summary.tldr = value;
      else if (k.includes('fix time') || k === 'time') summary.fixTime = value;
      else if (k.includes('platform')) summary.platformNote = value;
      else summary.rest.push(`**${label}**: ${value}`);
    }
  }
  return { summary, used };
}

function isTldr(label: string): boolean {
  const k = keyword(label).replace(/\s/g, '');
  return k === 'tl;dr' || k === 'tldr' || k === 'summary';
}

/** Removes the `>` quote markers of a blockquote's source. */
function unquote(raw: string): string {
  return raw.replace(/^ {0,3}> ?/gm, '');
}
