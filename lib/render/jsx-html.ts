/**
 * A React element tree of host elements and plain function components, as an HTML string: what
 * `react-dom/server` would write, without the `<!-- -->` text separators. Used for the static parts
 * of a page that are shipped once, as HTML, instead of twice (HTML and the RSC payload); see
 * `components/code/static-html.tsx`. A client component, an async component or an event handler
 * inside the tree is an error: such a part is not static.
 */
import { Fragment, isValidElement, type ReactNode } from 'react';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** React props written under another name; every other prop is written as it is named (HTML ignores case). */
const NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  tabIndex: 'tabindex',
  crossOrigin: 'crossorigin',
};
const SKIP = new Set([
  'children',
  'dangerouslySetInnerHTML',
  'suppressHydrationWarning',
  'suppressContentEditableWarning',
  'key',
  'ref',
]);
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

/**
 * Elements whose HTML is already known (a static part inside another static part): the element
 * object, mapped to its outer HTML. `jsxToHtml` writes that HTML instead of rendering the element.
 */
export const prerendered = new WeakMap<object, string>();

/** Escapes text or an attribute value the way React does. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Renders `node` to HTML; throws on anything that would need React in the browser. */
export function jsxToHtml(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(jsxToHtml).join('');
  if (typeof node === 'object' && prerendered.has(node)) return prerendered.get(node) as string;
  if (!isValidElement(node)) throw new Error(`jsxToHtml: cannot render ${Object.prototype.toString.call(node)}`);
  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return jsxToHtml(props.children);
  if (typeof type === 'function') {
    if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE)
      throw new Error(`jsxToHtml: a client component is not static`);
    const out: unknown = (type as (p: unknown) => unknown)(props);
    if (out instanceof Promise) throw new Error(`jsxToHtml: ${type.name || 'a component'} is async`);
    return jsxToHtml(out as ReactNode);
  }
  if (typeof type !== 'string') throw new Error('jsxToHtml: unsupported element type');
  return element(type, props);
}

/** One host element: its attributes, then its inner HTML or children. */
export function element(tag: string, props: Record<string, unknown>): string {
  if (VOID.has(tag)) return `<${tag}${attributes(props)}/>`;
  const open = `<${tag}${attributes(props)}>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${open}${inner ? (inner.__html ?? '') : jsxToHtml(props.children as ReactNode)}</${tag}>`;
}

/** The attributes of a host element's props, in prop order, as ` name="value"` pairs. */
export function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (SKIP.has(name) || value === null || value === undefined) continue;
    if (typeof value === 'function') throw new Error(`jsxToHtml: ${name} needs JavaScript; the part is not static`);
    if (typeof value === 'object') throw new Error(`jsxToHtml: ${name} as an object is not supported in a static part`);
    const attr = NAMES[name] ?? name;
    if (typeof value === 'boolean' && !/^(aria|data)-/.test(name)) out += value ? ` ${attr}=""` : '';
    else out += ` ${attr}="${escapeHtml(String(value))}"`;
  }
  return out;
}
