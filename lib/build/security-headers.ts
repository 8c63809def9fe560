import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eachLimited, FILE_CONCURRENCY } from './each-limited';

/**
 * Headers every response of the site should carry. The Content-Security-Policy here holds only
 * what a `<meta>` policy cannot express (frame-ancestors) plus directives that are the same on
 * every page; each HTML page carries its full policy, with the hashes of its own inline scripts,
 * in a `<meta http-equiv>` written by {@link applyPageCsp}. Both policies apply.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  // Entry pages carry values captured from a pasted log in their query string: never send them on.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `sha256-…` sources for every inline `<script>` (no `src`) of a page, in document order, unique. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The page policy: scripts only from the site or with one of `hashes`; images from the site,
 * `data:` and the allow-listed hosts; styles from the site (inline style attributes allowed,
 * React and Next write them); fetches only to the site; no plugins, frames or foreign forms.
 */
export function pageCsp(hashes: readonly string[], imageHosts: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${imageHosts.map((h) => `https://${h}`).join(' ')}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the page policy in a `<meta http-equiv>` before the first script (after `<meta charset>`). */
export function addCspMeta(html: string, imageHosts: readonly string[] = []): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pageCsp(inlineScriptHashes(html), imageHosts)}"/>`;
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset)
    return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return meta + html;
}

/** The `_headers` file (Netlify, Cloudflare Pages format) with {@link SECURITY_HEADERS} for every path. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('')}`;
}

/**
 * Adds the page CSP to every `.html` file of an export and writes `_headers` at its root.
 * Returns the number of pages changed.
 */
export async function applyPageCsp(dir: string, imageHosts: readonly string[] = []): Promise<number> {
  let pages = 0;
  const files = (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
  await eachLimited(files, FILE_CONCURRENCY, async (file) => {
    const html = await readFile(file, 'utf8');
    if (/http-equiv="Content-Security-Policy"/i.test(html)) return;
    await writeFile(file, addCspMeta(html, imageHosts));
    pages++;
  });
  await writeFile(path.join(dir, '_headers'), headersFile());
  return pages;
}
