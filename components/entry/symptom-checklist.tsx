'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';
import { NotThisProblem } from '@/components/verify/not-this-problem';
import styles from './symptom-checklist.module.css';

/** Props of {@link SymptomChecklist}. */
interface SymptomChecklistProps {
  /** localStorage key under which the ticks of this entry are kept. */
  storageKey: string;
  /** Each symptom, already rendered on the server as one `<span>`. */
  items: ReactNode[];
}

/** Real checkboxes for the symptoms; counts the matches and remembers the ticks in this browser. */
export function SymptomChecklist({ storageKey, items }: SymptomChecklistProps) {
  const [ticked, setTicked] = useState<boolean[]>(() => items.map(() => false));
  const [ready, setReady] = useState(false);
  /** Text of the ticked symptoms, read from the list when the ticks change (refs are not read while rendering). */
  const [seen, setSeen] = useState<string[]>([]);
  const list = useRef<HTMLUListElement>(null);

  const tickedTexts = (marks: boolean[]) =>
    [...(list.current?.querySelectorAll('li') ?? [])].filter((_, i) => marks[i]).map((li) => li.textContent ?? '');

  useEffect(() => {
    const saved = readTicks(storageKey);
    const restored = items.map((_, i) => saved.includes(i));
    // The ticks live in this browser's storage, which the server render cannot see: they are restored after
    // hydration, so the first client render matches the server's HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved.length > 0) setTicked(restored);
    setSeen(tickedTexts(restored));
    setReady(true);
  }, [storageKey, items]);

  function toggle(index: number, on: boolean) {
    const next = ticked.map((t, i) => (i === index ? on : t));
    setTicked(next);
    setSeen(tickedTexts(next));
    writeTicks(
      storageKey,
      next.flatMap((t, i) => (t ? [i] : [])),
    );
  }

  const count = ticked.filter(Boolean).length;
  // Fewer than half match: the reader ticked some, but most of the entry's symptoms are not what they see.
  const unlikely = count > 0 && count < items.length / 2;
  return (
    <div data-ready={ready || undefined}>
      <ul className={`list-reset ${styles.symptoms}`} ref={list}>
        {items.map((item, i) => (
          <li key={i}>
            <label className={styles.symptom}>
              <input
                type="checkbox"
                checked={ticked[i] ?? false}
                onChange={(e) => toggle(i, e.currentTarget.checked)}
              />
              {item}
            </label>
          </li>
        ))}
      </ul>
      <p className={styles.matches} role="status" data-count={count}>
        {count === 0 ? 'Tick what you see.' : `${count} of ${items.length} match`}
        {count > 0 && count === items.length ? ' — this is your problem.' : ''}
      </p>
      {unlikely && <NotThisProblem seen={seen} />}
    </div>
  );
}

function readTicks(key: string): number[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

function writeTicks(key: string, indexes: number[]): void {
  try {
    if (indexes.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(indexes));
  } catch {
    // Storage full or disabled (private mode): the ticks just are not remembered.
  }
}
