/**
 * Pure helpers for the search field: line breaks in a one-line field, the active result under
 * the arrow keys, and where the `/` shortcut must not fire. Browser-safe.
 */

/** The mark that stands for a line break in a one-line field. */
const LINE_MARK = '⏎';

/**
 * Query text → what a one-line field shows. A field cannot hold line breaks, but the ranking
 * uses them (error lines weigh more than stack frames), so they are shown as ` ⏎ `.
 */
export function toFieldValue(query: string): string {
  return query.replace(/\r?\n/g, ` ${LINE_MARK} `);
}

/** What a one-line field holds → query text with its line breaks back. */
export function fromFieldValue(value: string): string {
  return value.replace(new RegExp(` ?${LINE_MARK} ?`, 'g'), '\n');
}

/** The field value after pasting `text` over the selection `[start, end)` of `value`. */
export function pasteInto(value: string, text: string, start: number, end: number): string {
  return value.slice(0, start) + toFieldValue(text) + value.slice(end);
}

/** What a key pressed in the search field does. */
type KeyAction =
  { type: 'move'; active: number } | { type: 'open'; index: number } | { type: 'submit' } | { type: 'close' };

/**
 * Arrow keys move through the results, Enter opens the active one (or, with none active, the
 * full results page), Escape closes the list. Null: let the key through.
 */
export function keyAction(key: string, active: number, count: number, query: string): KeyAction | null {
  if (key === 'ArrowDown' || key === 'ArrowUp') return { type: 'move', active: moveActive(key, active, count) };
  if (key === 'Enter' && query.trim() !== '')
    return active >= 0 && active < count ? { type: 'open', index: active } : { type: 'submit' };
  if (key === 'Escape') return { type: 'close' };
  return null;
}

/** The active result after an arrow key: -1 is the field itself; stops at both ends. */
export function moveActive(key: 'ArrowDown' | 'ArrowUp', active: number, count: number): number {
  if (count === 0) return -1;
  return key === 'ArrowDown' ? Math.min(active + 1, count - 1) : Math.max(active - 1, -1);
}

/** The minimal view of an event target the shortcut check needs. */
interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** True when typing `/` into this element must type a slash, not jump to the search field. */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  return Boolean(target.isContentEditable) || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '');
}
