import { staticHtml } from '@/components/code/static-html';
import type { SectionRef } from '@/lib/content/model';
import { AnchorHeading } from './anchor-heading';
import { InlineMarkdown, MarkdownBlocks } from './markdown-blocks';

/** Props of {@link OtherSection}. */
interface OtherSectionProps {
  section: SectionRef;
}

/** A section the parser does not know (`## 📎 References` …), rendered as Markdown in its place. */
export function OtherSection({ section }: OtherSectionProps) {
  return staticHtml(
    <section aria-labelledby={section.anchor}>
      <AnchorHeading level={2} id={section.anchor} text={section.heading}>
        <InlineMarkdown>{section.heading}</InlineMarkdown>
      </AnchorHeading>
      <MarkdownBlocks items={section.markdown ? [section.markdown] : []} />
    </section>,
  );
}
