'use client';

import { createElement } from 'react';

/** Props of {@link ServerHtml}. */
interface ServerHtmlProps {
  /** The element's tag: `div`, `section`, `span`… */
  as: string;
  /** Its attributes, as React props. */
  attrs?: Record<string, string>;
  /** Key of its inner HTML: in the build's stash while the page is rendered, in `data-h` in the browser. */
  h: string;
}

const STASH = Symbol.for('kb.static-html');
const seen = new Map<string, string>();

/**
 * A static part of a page, whose inner HTML is in the page's HTML only, not also in its RSC payload:
 * the server render takes it from the build's stash (see `static-html.tsx`), the browser from the
 * element itself, so hydration leaves it as it is and a re-render in the browser writes it back.
 */
export function ServerHtml({ as, attrs, h }: ServerHtmlProps) {
  return createElement(as, {
    ...attrs,
    'data-h': h,
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: innerHtml(h) },
  });
}

function innerHtml(h: string): string {
  if (typeof window === 'undefined') {
    const html = (globalThis as { [STASH]?: Map<string, string> })[STASH]?.get(h);
    if (html === undefined) throw new Error(`static HTML ${h} is missing from the build's stash`);
    return html;
  }
  let html = seen.get(h);
  if (html === undefined) {
    html = document.querySelector(`[data-h="${h}"]`)?.innerHTML ?? '';
    seen.set(h, html);
  }
  return html;
}
