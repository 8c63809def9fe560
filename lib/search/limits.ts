/**
 * How much of a paste the web search ranks. The engine is linear in the paste (issue 10), but a
 * browser also renders, stores and diffs the text; past this size the page searches the first part
 * only and says so. Chosen by measurement: docs/benchmarks/search-limits.md. Browser-safe.
 */

/** Characters of a paste the web search ranks. */
export const MAX_WEB_PASTE_CHARS = 256 * 1024;

/** A paste cut to what is searched. */
interface CappedPaste {
  text: string;
  /** True when the paste was longer and only its start is searched. */
  truncated: boolean;
  /** Characters searched. */
  searched: number;
}

/** The first `max` characters of `paste`, cut back to the last whole line when there is one. */
export function capPaste(paste: string, max = MAX_WEB_PASTE_CHARS): CappedPaste {
  if (paste.length <= max) return { text: paste, truncated: false, searched: paste.length };
  const head = paste.slice(0, max);
  const lastBreak = head.lastIndexOf('\n');
  const text = lastBreak > max / 2 ? head.slice(0, lastBreak) : head;
  return { text, truncated: true, searched: text.length };
}
