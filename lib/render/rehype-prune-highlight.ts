import type { Element, ElementContent, Root } from 'hast';

/** What {@link rehypePruneHighlight} keeps. */
interface PruneHighlightOptions {
  /** Token classes the code theme colours (`hljs-keyword` …); spans of other `hljs-*` classes are unwrapped. */
  styled: ReadonlySet<string>;
  /** Language names: a span whose only class is one of them wraps embedded code (Dockerfile's `RUN` → `bash`) and is unwrapped. */
  languages: ReadonlySet<string>;
}

/**
 * Unwraps highlight.js spans that the code theme (app/styles/highlight.css) does not colour, such as
 * `hljs-punctuation` and `hljs-operator`, and the wrappers around embedded languages, and merges
 * the text around them. The page looks the same, and every entry's HTML and RSC payload lose one
 * element per `{`, `:` and `,`.
 */
export default function rehypePruneHighlight(options: PruneHighlightOptions) {
  return (tree: Root) => {
    prune(tree, options);
  };
}

function prune(node: Root | Element, options: PruneHighlightOptions): void {
  const out: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') prune(child, options);
    const parts = child.type === 'element' && isPlainSpan(child, options) ? child.children : [child];
    for (const part of parts) {
      const last = out[out.length - 1];
      if (part.type === 'text' && last?.type === 'text') last.value += part.value;
      else out.push(part);
    }
  }
  node.children = out;
}

function isPlainSpan(el: Element, { styled, languages }: PruneHighlightOptions): boolean {
  if (el.tagName !== 'span') return false;
  const classes = (el.properties.className as string[] | undefined) ?? [];
  if (classes.length === 1 && languages.has(classes[0])) return true;
  return classes.length > 0 && classes.every((c) => c.startsWith('hljs-')) && !classes.some((c) => styled.has(c));
}
