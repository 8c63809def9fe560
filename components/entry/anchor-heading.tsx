import type { ReactNode } from 'react';
import styles from './entry.module.css';

/** Props of {@link AnchorHeading}. */
export interface AnchorHeadingProps {
  level: 2 | 3;
  /** The element id, from the model's `anchor` field; deep links use it. */
  id: string;
  children: ReactNode;
  /** Plain text of the heading, for the link's accessible name. */
  text: string;
}

/** A heading with an id and a `#` link to itself, shown on hover and keyboard focus. */
export function AnchorHeading({ level, id, children, text }: AnchorHeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className={styles.anchored}>
      {children}
      <a className={styles.anchor} href={`#${id}`} aria-label={`Link to “${text}”`}>
        #
      </a>
    </Tag>
  );
}
