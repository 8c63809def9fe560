import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code blocks scroll sideways inside themselves on narrow screens; a scrolling region must be
 * reachable by keyboard, so every `<pre>` gets `tabindex="0"`.
 */
export default function rehypeCodeScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (el) => {
      if (el.tagName === 'pre') el.properties.tabIndex = 0;
    });
  };
}
