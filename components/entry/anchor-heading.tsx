import type { ReactNode } from 'react';
import { staticHtml } from '@/components/code/static-html';
import styles from './anchor-heading.module.css';

/** Props of {@link AnchorHeading}. */
interface AnchorHeadingProps {
  level: 2 | 3;
  /** The element id, from the model's `anchor` field; deep links use it. */
  id: string;
  children: ReactNode;
  /** Plain text of the heading, for the link's accessible name. */
  text: string;
}

/**
 * A heading with an id and, beside it (not inside, so the heading's name stays its text),
 * a `#` link to itself that shows on hover and keyboard focus.
 */
export function AnchorHeading({ level, id, children, text }: AnchorHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return staticHtml(
    <div className={level === 2 ? styles.h2wrap : styles.h3wrap}>
      <Tag id={id}>{children}</Tag>
      <a href={`#${id}`} aria-label={`Link to “${text}”`}>
        #
      </a>
    </div>,
  );
}
