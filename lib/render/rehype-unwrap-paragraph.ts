import type { Root } from 'hast';

/**
 * For Markdown shown inline (a TL;DR, a symptom, a table cell): when the result is a single
 * paragraph, keeps its content without the `<p>`. Multi-block Markdown is left as it is.
 */
export default function rehypeUnwrapParagraph() {
  return (tree: Root) => {
    const blocks = tree.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = blocks[0];
    if (blocks.length === 1 && only.type === 'element' && only.tagName === 'p') tree.children = only.children;
  };
}
