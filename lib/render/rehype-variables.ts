import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { splitPlaceholders } from '../variables/placeholders';

/**
 * Wraps every `__NAME__` placeholder inside `<code>` in
 * `<span class="kb-var" data-var="NAME" data-placeholder="NAME">NAME</span>`.
 * Runs after highlighting, so it walks the highlighter's text nodes; the variables panel
 * updates these spans live. Language macros (`__FILE__`) and lower-case dunders stay code.
 */
export default function rehypeVariables() {
  return (tree: Root) => {
    visit(tree, 'element', (el) => {
      if (el.tagName === 'code') wrapIn(el);
    });
  };
}

/** The span that stands for one placeholder. */
function variableSpan(name: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['kb-var'], dataVar: name, dataPlaceholder: name },
    children: [{ type: 'text', value: name }],
  };
}

function wrapIn(parent: Element): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (!(child.properties.className as string[] | undefined)?.includes('kb-var')) wrapIn(child);
      return [child];
    }
    if (child.type !== 'text') return [child];
    return splitPlaceholders(child.value).map((part) =>
      part.kind === 'text' ? { type: 'text', value: part.text } : variableSpan(part.name),
    );
  });
}
