import { outputLines } from './normalise';

/** What the matcher needs of a fallback option. */
export interface FallbackHint {
  anchor: string;
  title: string;
  /** The option's "When" text (Markdown), or null. */
  when: string | null;
}

/** Backticked strings of a Markdown text. */
function codeSpans(markdown: string | null): string[] {
  return [...(markdown ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1].trim()).filter(Boolean);
}

/**
 * The fallback to try first after a failed check: the first whose "When" quotes text found in the
 * output (case-insensitive), with the line that matched; else null. Pure.
 */
export function pickFallback(
  fallbacks: readonly FallbackHint[],
  output: string,
): { fallback: FallbackHint; line: string } | null {
  const lines = outputLines(output).map((l) => l.toLowerCase());
  for (const fallback of fallbacks) {
    for (const span of codeSpans(fallback.when)) {
      const needle = span.toLowerCase();
      const line = lines.find((l) => l.includes(needle));
      if (line !== undefined) return { fallback, line: outputLines(output)[lines.indexOf(line)] };
    }
  }
  return null;
}
