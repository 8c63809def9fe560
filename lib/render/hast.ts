import type { Element, Root, RootContent } from 'hast';

/** Calls `fn` for every element below `node`, parents before children. */
export function visitElements(node: Root | RootContent, fn: (el: Element) => void): void {
  if (node.type === 'element') fn(node);
  if ('children' in node) for (const child of node.children) visitElements(child, fn);
}

/** The text of a tree, as a reader would see it (no markup). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}
