import type { Element, ElementContent, Root } from 'hast';

/**
 * Unwraps highlight.js spans whose class the code theme (app/globals.css) does not colour,
 * such as `hljs-punctuation` and `hljs-operator`, and merges the text around them. The page
 * looks the same, and every entry's HTML and RSC payload lose one element per `{`, `:` and `,`.
 */
export default function rehypePruneHighlight(styled: ReadonlySet<string>) {
  return (tree: Root) => {
    prune(tree, styled);
  };
}

function prune(node: Root | Element, styled: ReadonlySet<string>): void {
  const out: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') prune(child, styled);
    const parts = child.type === 'element' && isPlainToken(child, styled) ? child.children : [child];
    for (const part of parts) {
      const last = out[out.length - 1];
      if (part.type === 'text' && last?.type === 'text') last.value += part.value;
      else out.push(part);
    }
  }
  node.children = out;
}

function isPlainToken(el: Element, styled: ReadonlySet<string>): boolean {
  if (el.tagName !== 'span') return false;
  const classes = (el.properties.className as string[] | undefined) ?? [];
  return classes.length > 0 && classes.every((c) => c.startsWith('hljs-')) && !classes.some((c) => styled.has(c));
}
