import type { Root } from 'hast';
import { visitElements } from './hast';

/** Marks absolute links as external: `rel="nofollow noopener noreferrer"`, so a linked page gets no handle on ours. */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visitElements(tree, (el) => {
      const href = el.properties.href;
      if (el.tagName === 'a' && typeof href === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(href)) {
        el.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
      }
    });
  };
}
