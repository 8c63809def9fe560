import type { Tokens } from 'marked';
import type { Block } from './blocks';

/** One list item's Markdown (marker and checkbox removed) and its line in the file. */
export interface Item {
  text: string;
  line: number;
  task: boolean;
}

/** Items of a list block, with their file lines. */
export function listItems(block: Block): Item[] {
  const list = block.token as Tokens.List;
  const items: Item[] = [];
  let offset = 0;
  for (const item of list.items) {
    const at = list.raw.indexOf(item.raw, offset);
    const line = block.line + (at < 0 ? 0 : countLines(list.raw.slice(0, at)));
    if (at >= 0) offset = at + item.raw.length;
    const text = item.raw
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\[[ xX]\]\s*/, '')
      .replace(/\n {2,4}/g, '\n')
      .trim();
    items.push({ text, line, task: Boolean(item.task) });
  }
  return items;
}

/** True when the block is a bullet or ordered list. */
export function isList(block: Block): boolean {
  return block.token.type === 'list';
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
