'use client';

import { useEffect } from 'react';

interface DevReloadProps {
  /** The content fingerprint this page was rendered with. */
  version: string;
}

const POLL_MS = 1000;
const VERSION = /data-kb-content-version="([^"]+)"/;

/**
 * Development only: reloads the page when an entry file is saved. Next's own hot reload does not see
 * the content folder (entries are read from disk, not imported), so this asks the dev server for the
 * page once a second while the tab is visible and reloads when the content fingerprint changed.
 */
export function DevReload({ version }: DevReloadProps) {
  useEffect(() => {
    let busy = false;
    const timer = window.setInterval(async () => {
      if (busy || document.visibilityState !== 'visible') return;
      busy = true;
      try {
        const html = await (await fetch(window.location.href, { cache: 'no-store' })).text();
        const now = VERSION.exec(html)?.[1];
        if (now && now !== version) window.location.reload();
      } catch {
        // The dev server is restarting; try again on the next tick.
      } finally {
        busy = false;
      }
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [version]);
  return <span hidden data-kb-content-version={version} />;
}
