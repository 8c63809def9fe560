import type { Root } from 'hast';
import { visitElements } from './hast';

/**
 * Code blocks scroll sideways inside themselves on narrow screens; a scrolling region must be
 * reachable by keyboard, so every `<pre>` gets `tabindex="0"`.
 */
export default function rehypeCodeScroll() {
  return (tree: Root) => {
    visitElements(tree, (el) => {
      if (el.tagName === 'pre') el.properties.tabIndex = 0;
    });
  };
}
