import type { ReactNode } from 'react';
import { toString } from 'hast-util-to-string';
import { markdownProcessor, runMarkdown, toReact } from './pipeline';

/**
 * Markdown that fills one line: a title, a TL;DR, a label. It goes through the entry page's pipeline without
 * highlighting, which adds no text and only works on code blocks; a line holds none (a code block in a TL;DR, which
 * the format does not expect, would show here without colours). Pages that show only such lines (the lists) are
 * compiled without highlight.js, the largest part of the pipeline (docs/benchmarks/build.md).
 */
const lineProcessor = markdownProcessor([], { inline: true });

/** Markdown → the text a reader sees, for titles in lists, links and meta descriptions. */
export function markdownToText(markdown: string): string {
  return toString(runMarkdown(lineProcessor, 'md-line', markdown, true))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown → React elements shown inside a sentence or list item (no `<p>`, no `dangerouslySetInnerHTML`). */
export function renderMarkdownLine(markdown: string): ReactNode {
  return toReact(runMarkdown(lineProcessor, 'md-line', markdown, true));
}
