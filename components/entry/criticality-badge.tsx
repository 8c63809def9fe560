import type { EntryModel } from '@/lib/content/model';
import styles from './criticality-badge.module.css';

/** Props of {@link CriticalityBadge}. */
interface CriticalityBadgeProps {
  level: EntryModel['meta']['criticality'];
  /** Say "Criticality:" to screen readers; off where a visible label already does. */
  labelled?: boolean;
}

/** Criticality as a coloured badge with its word (colour is never the only signal). */
export function CriticalityBadge({ level, labelled = true }: CriticalityBadgeProps) {
  return (
    <span className={`${styles.badge} ${styles[`crit-${level}`]}`}>
      {labelled && <span className="sr-only">Criticality: </span>}
      {level}
    </span>
  );
}
