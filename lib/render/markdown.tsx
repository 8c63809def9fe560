import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toString } from 'hast-util-to-string';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeHighlight from 'rehype-highlight';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { cached } from './cache';
import { LANGUAGE_ALIASES, LANGUAGES, STYLED_TOKENS } from './languages';
import { isPlainText, plainTextTree } from './plain-text';
import rehypeCodeScroll from './rehype-code-scroll';
import rehypeExternalLinks from './rehype-external-links';
import rehypePruneHighlight from './rehype-prune-highlight';
import rehypeUnwrapParagraph from './rehype-unwrap-paragraph';
import rehypeVariables from './rehype-variables';
import { sanitizeSchema } from './schema';

/**
 * Entry Markdown → sanitized hast, then React elements or an HTML string, on the server only.
 * Raw HTML is parsed (rehype-raw) and then sanitized, so it shows as the safe subset GitHub allows
 * and never runs; code is highlighted after sanitizing (its classes are ours) and placeholders
 * become `.kb-var` spans last. The HTML string is serialized from that same sanitized tree.
 */
const highlight = { languages: LANGUAGES, aliases: LANGUAGE_ALIASES, plainText: ['plaintext'] };
const prune = { styled: STYLED_TOKENS, languages: new Set(Object.keys(LANGUAGES)) };

function markdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHighlight, highlight)
    .use(rehypePruneHighlight, prune)
    .use(rehypeVariables)
    .use(rehypeExternalLinks)
    .use(rehypeCodeScroll);
}

const blockProcessor = markdownProcessor();
const inlineProcessor = markdownProcessor().use(rehypeUnwrapParagraph);
const codeProcessor = unified()
  .use(rehypeHighlight, highlight)
  .use(rehypePruneHighlight, prune)
  .use(rehypeVariables)
  .use(rehypeCodeScroll);
const stringifier = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

/** Options for `renderMarkdown`. */
interface MarkdownOptions {
  /** Drop the `<p>` around a single paragraph, for text shown inside a sentence, label or list item. */
  inline?: boolean;
}

/** Markdown → sanitized, highlighted hast. A string without Markdown in it skips the parser (see `isPlainText`). */
function markdownToHast(markdown: string, options: MarkdownOptions = {}): Root {
  if (isPlainText(markdown)) return plainTextTree(markdown, options.inline === true);
  const processor = options.inline ? inlineProcessor : blockProcessor;
  return cached(options.inline ? 'md-inline' : 'md', markdown, () => processor.runSync(processor.parse(markdown)));
}

/** Markdown → React elements (no `dangerouslySetInnerHTML`). */
export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): ReactNode {
  return toReact(markdownToHast(markdown, options));
}

/**
 * Markdown → sanitized HTML, for `dangerouslySetInnerHTML` on a wrapper element: the page's RSC
 * payload then carries one string instead of an element tree (used for blocks of prose).
 */
export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): string {
  return toHtml(markdownToHast(markdown, options));
}

/** Markdown → the text a reader sees, for meta descriptions and tests. */
export function markdownToText(markdown: string): string {
  return toString(markdownToHast(markdown, { inline: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A code block → `<pre tabindex=0><code class="hljs language-x">…</code></pre>` as hast, highlighted, placeholders wrapped. */
export function codeToHast(code: string, lang: string | null): Root {
  return cached(`code:${lang ?? ''}`, code, () => codeTree(code, lang));
}

function codeTree(code: string, lang: string | null): Root {
  const codeEl: Element = {
    type: 'element',
    tagName: 'code',
    properties: { className: lang ? [`language-${lang.toLowerCase()}`] : [] },
    children: [{ type: 'text', value: code }],
  };
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'pre', properties: {}, children: [codeEl] }],
  };
  return runCode(tree);
}

/** A code block → its highlighted HTML (`<pre tabindex="0"><code class="hljs language-x">…`), for `dangerouslySetInnerHTML`. */
export function codeToHtml(code: string, lang: string | null): string {
  return toHtml(codeToHast(code, lang));
}

/** An inline command → `<code>` with placeholders wrapped, as React elements. */
export function renderInlineCode(code: string): ReactNode {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: code }] }],
  };
  return toReact(cached('inline-code', code, () => runCode(tree)));
}

/** The code processor has no parser, so unified cannot infer its tree type; it returns the Root it was given. */
function runCode(tree: Root): Root {
  return codeProcessor.runSync(tree) as Root;
}

/** Sanitized, highlighted hast → HTML. Only trees from this module's processors are passed in. */
function toHtml(tree: Root): string {
  return stringifier.stringify(tree);
}

/** hast → React elements. Children are passed to `jsxs` as static lists, so no keys are needed (or shipped). */
function toReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: false });
}
