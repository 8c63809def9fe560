import { createHash } from 'node:crypto';
import type { ReactElement, ReactNode } from 'react';
import { element, jsxToHtml, prerendered } from '@/lib/render/jsx-html';
import { ServerHtml } from './server-html';

const STASH = Symbol.for('kb.static-html');
/** Bound of the stash: far more parts than the pages one build worker renders at a time hold. */
const STASH_LIMIT = 50_000;

type HostProps = Record<string, unknown> & { children?: ReactNode; dangerouslySetInnerHTML?: { __html: string } };

/**
 * Ships a static part of a page once, as HTML, instead of twice (as HTML and again as elements in
 * the RSC payload that every page inlines): `el` (a host element such as `<section>`, with no client
 * component or event handler inside) becomes a {@link ServerHtml} island that carries only its tag,
 * attributes and a key. Its inner HTML goes to a stash that the same build worker's server render
 * reads. In `next dev` the element is returned as it is.
 */
export function staticHtml(el: ReactElement): ReactElement {
  if (process.env.NODE_ENV === 'development') return el;
  if (typeof el.type !== 'string') throw new Error('staticHtml: a host element is expected');
  const { children, dangerouslySetInnerHTML, ...rest } = el.props as HostProps;
  const html = dangerouslySetInnerHTML ? dangerouslySetInnerHTML.__html : jsxToHtml(children);
  const attrs = Object.fromEntries(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
  const h = stash(html);
  const island = <ServerHtml key={el.key ?? undefined} as={el.type} attrs={attrs} h={h} />;
  prerendered.set(island, element(el.type, { ...rest, dangerouslySetInnerHTML: { __html: html } }));
  return island;
}

function stash(html: string): string {
  const store = ((globalThis as { [STASH]?: Map<string, string> })[STASH] ??= new Map());
  const h = createHash('sha256').update(html).digest('base64url').slice(0, 10);
  if (!store.has(h)) {
    if (store.size >= STASH_LIMIT) store.delete(store.keys().next().value as string);
    store.set(h, html);
  }
  return h;
}
