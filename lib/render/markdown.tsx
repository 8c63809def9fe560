import type { Element, Root } from 'hast';
import type { ReactNode } from 'react';
import rehypeHighlight from 'rehype-highlight';
import rehypeStringify from 'rehype-stringify';
import { type PluggableList, unified } from 'unified';
import { cached } from './cache';
import { LANGUAGE_ALIASES, LANGUAGES, STYLED_TOKENS } from './languages';
import { markdownProcessor, runMarkdown, toReact } from './pipeline';
import rehypeCodeScroll from './rehype-code-scroll';
import rehypePruneHighlight from './rehype-prune-highlight';
import rehypeVariables from './rehype-variables';

export { markdownToText } from './markdown-line';

/**
 * Entry Markdown and code → sanitized, highlighted hast (lib/render/pipeline.ts), then React elements or an HTML
 * string, on the server only. The HTML string is serialized from that same sanitized tree.
 */
const highlight = { languages: LANGUAGES, aliases: LANGUAGE_ALIASES, plainText: ['plaintext'] };
const prune = { styled: STYLED_TOKENS, languages: new Set(Object.keys(LANGUAGES)) };
const highlighting: PluggableList = [
  [rehypeHighlight, highlight],
  [rehypePruneHighlight, prune],
];

const blockProcessor = markdownProcessor(highlighting, { inline: false });
const inlineProcessor = markdownProcessor(highlighting, { inline: true });
const codeProcessor = unified().use(highlighting).use(rehypeVariables).use(rehypeCodeScroll);
const stringifier = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

/** Options for `renderMarkdown`. */
interface MarkdownOptions {
  /** Drop the `<p>` around a single paragraph, for text shown inside a sentence, label or list item. */
  inline?: boolean;
}

/** Markdown → sanitized, highlighted hast. */
function markdownToHast(markdown: string, options: MarkdownOptions = {}): Root {
  return options.inline
    ? runMarkdown(inlineProcessor, 'md-inline', markdown, true)
    : runMarkdown(blockProcessor, 'md', markdown, false);
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
