import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;

/**
 * The sanitize schema for entry Markdown: GitHub's (hast-util-sanitize default), stricter in two ways.
 * - URLs: only http(s) and mailto; `javascript:`, `data:`, `vbscript:` and every other scheme are
 *   dropped from href/src/cite (relative URLs and `#fragments` stay).
 * - Elements whose content is code or embedded documents are removed with their content,
 *   not unwrapped, so a `<style>` or `<iframe>` body never turns into page text.
 * - An `<img>` without `alt` gets `alt=""`: assistive technology skips it instead of reading its URL.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
  required: { ...defaultSchema.required, img: { alt: '' } },
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript', 'svg', 'math'],
};
