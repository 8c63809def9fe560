import { existsSync } from 'node:fs';

/**
 * The browser the tests and the browser benchmarks launch: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else undefined (Playwright's own browser, where it could download one).
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for a sandboxed machine without GPU or outside network: no sandbox (root), no background requests. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
