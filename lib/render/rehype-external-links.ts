import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An absolute (`https://…`, `mailto:`) or protocol-relative (`//host/…`) URL: it leaves the site. */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[\\/]{2}/.test(url);
}

/**
 * Hosts entries may load images from, from `KB_IMAGE_HOSTS` (comma- or space-separated host
 * names, e.g. `images.example.com,cdn.example.org`). Read at build time; the same list goes
 * into the Content-Security-Policy `img-src` (lib/build/security-headers.ts).
 */
export function allowedImageHosts(env: Record<string, string | undefined> = process.env): string[] {
  return (env.KB_IMAGE_HOSTS ?? '')
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter((h) => /^[a-z0-9.-]+(:\d+)?$/.test(h));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url, 'https://site.invalid').host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Marks links that leave the site as external: `rel="nofollow noopener noreferrer"`, so a linked
 * page gets no handle on ours (`//host` links included). An image from another host is not
 * loaded (a tracking pixel would learn who reads the entry): it becomes a link to the image,
 * unless its host is in `KB_IMAGE_HOSTS`.
 *
 * Why not the `rehype-external-links` package (3.0.0): it treats a relative href as external only when
 * it starts with `//`, and its `test` option can narrow that check but not widen it. Raw HTML such as
 * `<a href="\\evil.example/x">`, `<a href="/\evil.example">` or `<a href="\/evil.example">` passes the
 * sanitizer as a relative URL, and a browser resolves it to `https://evil.example/…` (the URL parser
 * reads `\` as `/`); the package leaves it without `rel`, this plugin marks it. The package also
 * handles `<a>` only, so the external-image rule would stay here anyway.
 */
export default function rehypeExternalLinks(options: { imageHosts?: readonly string[] } = {}) {
  const hosts = new Set(options.imageHosts ?? allowedImageHosts());
  return (tree: Root) => {
    visit(tree, 'element', (el) => {
      const href = el.properties.href;
      if (el.tagName === 'a' && typeof href === 'string' && isExternalUrl(href)) {
        el.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
      }
      const src = el.properties.src;
      if (el.tagName === 'img' && typeof src === 'string' && isExternalUrl(src) && !hosts.has(hostOf(src) ?? '')) {
        imageToLink(el, src);
      }
    });
  };
}

function imageToLink(el: Element, src: string): void {
  const alt = typeof el.properties.alt === 'string' && el.properties.alt.trim() ? el.properties.alt.trim() : 'image';
  el.tagName = 'a';
  el.properties = { href: src, rel: ['nofollow', 'noopener', 'noreferrer'], className: ['external-image'] };
  el.children = [{ type: 'text', value: `${alt} (external image: ${hostOf(src) ?? src})` }];
}
