import type { VariableValues } from '@/lib/variables/substitute';

/**
 * Shows the values in every `[data-var="NAME"]` element under `root`, as text (never markup).
 * A typed value sets `data-filled="true"`, a declared default `data-filled="default"`; an empty
 * variable gets back the text the page rendered, which is kept in `data-placeholder`. A value a link
 * proposed and the reader has not kept yet (`fromLink`) sets `data-filled="link"`.
 */
export function showValues(
  root: ParentNode,
  typed: VariableValues,
  defaults: VariableValues,
  fromLink: VariableValues = {},
): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-var]')) {
    const name = element.dataset.var ?? '';
    if (element.dataset.placeholder === undefined) element.dataset.placeholder = element.textContent ?? '';
    const value = typed[name] || defaults[name] || '';
    const text = value === '' ? element.dataset.placeholder : value;
    if (element.textContent !== text) setText(element, text);
    if (typed[name] && Object.hasOwn(fromLink, name)) element.dataset.filled = 'link';
    else if (typed[name]) element.dataset.filled = 'true';
    else if (value !== '') element.dataset.filled = 'default';
    else delete element.dataset.filled;
  }
}

/** Rewrites the one text node React rendered rather than replacing it, so React's own node stays attached. */
function setText(element: HTMLElement, text: string): void {
  const only = element.childNodes.length === 1 ? element.firstChild : null;
  if (only?.nodeType === Node.TEXT_NODE) only.nodeValue = text;
  else element.textContent = text;
}
