import type { CodeBlock } from '@/lib/content/model';
import { codeToHtml } from '@/lib/render/markdown';
import { CopyButton } from './copy-button';
import { staticHtml } from './static-html';
import styles from './code.module.css';

/** Props of {@link CodeBlockView}. */
interface CodeBlockViewProps {
  block: CodeBlock;
  /** What the copy button says to assistive technology, e.g. "Copy code: Build Phase". */
  copyLabel?: string;
}

/**
 * A highlighted code block with its language and a copy button that copies `block.code` exactly.
 * The highlighted body is sanitized HTML from `lib/render` (see `codeToHtml`): one string in the
 * page's RSC payload instead of a tree of token spans.
 */
export function CodeBlockView({ block, copyLabel = 'Copy code' }: CodeBlockViewProps) {
  return (
    <figure className={styles.block}>
      <figcaption>
        <span>{block.lang ?? 'text'}</span>
        <CopyButton template={block.code} label={copyLabel} lang={block.lang} />
      </figcaption>
      {staticHtml(<div dangerouslySetInnerHTML={{ __html: codeToHtml(block.code, block.lang) }} />)}
    </figure>
  );
}
