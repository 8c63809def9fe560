import type { Markdown } from '@/lib/model';
import { renderMarkdown } from '@/lib/render/markdown';

/** Props of {@link MarkdownBlocks}. */
export interface MarkdownBlocksProps {
  items: readonly Markdown[];
}

/** Renders each Markdown string of a `notes`/`intro` array, in order, as prose. */
export function MarkdownBlocks({ items }: MarkdownBlocksProps) {
  if (items.length === 0) return null;
  return (
    <div className="prose">
      {items.map((md, i) => (
        <div key={i}>{renderMarkdown(md)}</div>
      ))}
    </div>
  );
}

/** Props of {@link InlineMarkdown}. */
export interface InlineMarkdownProps {
  children: Markdown;
}

/** Markdown shown inside a sentence or list item (a lone paragraph loses its `<p>`). */
export function InlineMarkdown({ children }: InlineMarkdownProps) {
  return <>{renderMarkdown(children, { inline: true })}</>;
}
