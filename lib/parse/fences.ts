/**
 * Fenced code blocks found line by line, the one reading shared by the checks that look at raw lines
 * (damaged encoding, stand-ins in commands) and the unclosed-fence check of the parser, which works on
 * marked's tokens. An opening fence is three or more backticks or tildes with an info string; the block
 * ends at a line holding only a fence of the same character, at least as long. Indentation is not limited
 * to three spaces: in an entry, a fence inside a list item is still code.
 */

/** An opening (or closing) fence line: indentation, marker, info string. */
export const FENCE_LINE = /^(\s*)(`{3,}|~{3,})(.*)$/;

/** One fenced block: 0-based line numbers of its fences (`close` null when the file ends first) and its language. */
interface Fence {
  open: number;
  close: number | null;
  marker: string;
  /** First word of the info string (`bash` of ```` ```bash title=x ````), '' when none. */
  lang: string;
}

/** True when `line` closes a block opened with `marker`. */
export function closesFence(line: string, marker: string): boolean {
  const m = FENCE_LINE.exec(line);
  return m !== null && m[2][0] === marker[0] && m[2].length >= marker.length && m[3].trim() === '';
}

/** Every fenced block of `lines`, in order. */
export function findFences(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  let current: Fence | null = null;
  lines.forEach((line, i) => {
    if (current) {
      if (closesFence(line, current.marker)) {
        current.close = i;
        current = null;
      }
      return;
    }
    const m = FENCE_LINE.exec(line);
    if (!m || (m[2][0] === '`' && m[3].includes('`'))) return; // a backtick fence's info string has no backticks
    current = { open: i, close: null, marker: m[2], lang: /^[\w+-]*/.exec(m[3].trim())![0] };
    fences.push(current);
  });
  return fences;
}

/** The 0-based numbers of the lines inside fenced blocks (fences themselves excluded). */
export function fencedLines(lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  for (const fence of findFences(lines))
    for (let i = fence.open + 1; i < (fence.close ?? lines.length); i++) inside.add(i);
  return inside;
}
