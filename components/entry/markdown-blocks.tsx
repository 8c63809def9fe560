import { staticHtml } from '@/components/code/static-html';
import type { Markdown } from '@/lib/content/model';
import { markdownToHtml, renderMarkdown } from '@/lib/render/markdown';

/** Props of {@link MarkdownBlocks}. */
interface MarkdownBlocksProps {
  items: readonly Markdown[];
}

/**
 * Renders each Markdown string of a `notes`/`intro` array, in order, as prose. The prose is
 * sanitized HTML from `lib/render` (see `markdownToHtml`), one string in the page's RSC payload.
 */
export function MarkdownBlocks({ items }: MarkdownBlocksProps) {
  if (items.length === 0) return null;
  const html = items.map((md) => `<div>${markdownToHtml(md)}</div>`).join('');
  return staticHtml(<div className="prose" dangerouslySetInnerHTML={{ __html: html }} />);
}

/** Props of {@link InlineMarkdown}. */
interface InlineMarkdownProps {
  children: Markdown;
}

/** Markdown shown inside a sentence or list item (a lone paragraph loses its `<p>`). */
export function InlineMarkdown({ children }: InlineMarkdownProps) {
  return <>{renderMarkdown(children, { inline: true })}</>;
}
