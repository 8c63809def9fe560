import type { CodeBlock } from '@/lib/model';
import { renderCode } from '@/lib/render/markdown';
import { CopyButton } from './copy-button';
import styles from './code.module.css';

/** Props of {@link CodeBlockView}. */
export interface CodeBlockViewProps {
  block: CodeBlock;
  /** What the copy button says to assistive technology, e.g. "Copy code: Build Phase". */
  copyLabel?: string;
}

/** A highlighted code block with its language and a copy button that copies `block.code` exactly. */
export function CodeBlockView({ block, copyLabel = 'Copy code' }: CodeBlockViewProps) {
  return (
    <figure className={styles.block}>
      <figcaption className={styles.bar}>
        <span className={styles.lang}>{block.lang ?? 'text'}</span>
        <CopyButton template={block.code} label={copyLabel} />
      </figcaption>
      <div className={styles.code}>{renderCode(block.code, block.lang)}</div>
    </figure>
  );
}
