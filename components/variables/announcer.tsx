import type { CSSProperties } from 'react';

const SELECTOR = '[data-kb-announcer]';
/** Visually hidden but read by screen readers. */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * The page's one polite live region. Render it once in the layout (inside `<main>`, so axe finds it
 * in a landmark); if none is rendered, `announce` creates one at the end of `<body>`.
 */
export function Announcer() {
  return <div data-kb-announcer="" role="status" aria-live="polite" aria-atomic="true" style={HIDDEN} />;
}

/** Creates the live region now if the page has none, so that the first message is not lost. */
export function ensureAnnouncer(): HTMLElement {
  const found = document.querySelector<HTMLElement>(SELECTOR);
  if (found) return found;
  const region = document.createElement('div');
  region.setAttribute('data-kb-announcer', '');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  });
  document.body.append(region);
  return region;
}

/**
 * Says `message` through the live region, as text (never markup). The region is emptied first
 * and filled a moment later, so the same message twice in a row is read twice.
 */
export function announce(message: string): void {
  const region = ensureAnnouncer();
  region.textContent = '';
  clearTimeout(timer);
  timer = setTimeout(() => {
    region.textContent = message;
  }, 100);
}
