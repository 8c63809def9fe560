import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfmWithoutFootnotes from './remark-gfm-without-footnotes';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { cached } from './cache';
import { isPlainText, plainTextTree } from './plain-text';
import rehypeCodeScroll from './rehype-code-scroll';
import rehypeExternalLinks from './rehype-external-links';
import rehypeUnwrapParagraph from './rehype-unwrap-paragraph';
import rehypeVariables from './rehype-variables';
import { sanitizeSchema } from './schema';

/**
 * Entry Markdown → sanitized hast. Raw HTML is parsed (rehype-raw) and then sanitized, so it shows as the safe subset
 * GitHub allows and never runs; `highlighting` runs after sanitizing (its classes are ours), and placeholders become
 * `.kb-var` spans last. Highlighting is passed in, not imported: highlight.js is the largest package of the pipeline
 * (387 KB of sources, ahead of parse5's 309 KB), and pages that only show text (lists, meta descriptions) are compiled
 * without it (docs/benchmarks/build.md).
 */
export function markdownProcessor(highlighting: PluggableList, options: { inline: boolean }) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfmWithoutFootnotes)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(highlighting)
    .use(rehypeVariables)
    .use(rehypeExternalLinks)
    .use(rehypeCodeScroll);
  return options.inline ? processor.use(rehypeUnwrapParagraph) : processor;
}

type Processor = ReturnType<typeof markdownProcessor>;

/**
 * Markdown → hast through `processor`, cached under `kind` (each kind of processor has its own). A string without
 * Markdown in it skips the parser (see `isPlainText`).
 */
export function runMarkdown(processor: Processor, kind: string, markdown: string, inline: boolean): Root {
  if (isPlainText(markdown)) return plainTextTree(markdown, inline);
  return cached(kind, markdown, () => processor.runSync(processor.parse(markdown)));
}

/** hast → React elements. Children are passed to `jsxs` as static lists, so no keys are needed (or shipped). */
export function toReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: false });
}
