/**
 * Rebuilds one UTF-8 sequence from the bytes a wrong decode left, trying every byte the
 * code page could have dropped and choosing the most plausible character.
 */

/** What one damaged sequence was restored to. */
export interface Guess {
  /** The character put in: the only reading, the preferred one, or U+FFFD if none fits. */
  chosen: string;
  /** False when no reading fits (`chosen` is then U+FFFD) or none exists. */
  fits: boolean;
  /** Other characters the dropped bytes could have made, nearest code point first (empty when certain). */
  alternatives: string[];
  /** The bytes that were tried in the gaps (the code page's undefined bytes). */
  tried: readonly number[];
}

/** Characters of the KB entry template: a dropped byte most likely belonged to one of them. */
const KB_VOCABULARY: ReadonlySet<string> = new Set([...'🔍✅🎯⚡📌✔🔄💡🖍✓✗→⤵—’“”…']);

/** Shown when no candidate fits. */
const REPLACEMENT = '\uFFFD';

const VARIATION_SELECTOR_16 = '\uFE0F';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Unassigned, private-use and surrogate code points are never a plausible original. */
const IMPLAUSIBLE = /[\p{Cn}\p{Co}\p{Cs}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Restores a sequence whose lead byte is `present[0]`, with `missing` continuation bytes
 * dropped anywhere after the lead, each one of `fillers`.
 * `previous` is the character before it (a U+FE0F is preferred after an emoji).
 */
export function restoreSequence(
  present: readonly number[],
  fillers: readonly number[],
  missing = 0,
  previous?: string,
): Guess {
  const candidates = readings(present, fillers, missing);
  const chosen = choose(candidates, previous) ?? REPLACEMENT;
  const fits = candidates.includes(chosen);
  const distance = (c: string): number => Math.abs((c.codePointAt(0) ?? 0) - (chosen.codePointAt(0) ?? 0));
  const alternatives = candidates.filter((c) => c !== chosen).sort((a, b) => distance(a) - distance(b));
  return { chosen, fits, alternatives, tried: fillers };
}

/** Every distinct plausible character the sequence could have been, by code point. */
function readings(present: readonly number[], fillers: readonly number[], missing: number): string[] {
  const found = new Set<string>();
  const length = present.length + missing;
  const fill = (bytes: number[], next: number, left: number): void => {
    if (bytes.length === length) {
      const ch = decode(bytes);
      if (ch !== undefined) found.add(ch);
      return;
    }
    if (next < present.length) fill([...bytes, present[next]], next + 1, left);
    if (left > 0 && bytes.length > 0) for (const b of fillers) fill([...bytes, b], next, left - 1);
  };
  fill([], 0, missing);
  return [...found].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

function decode(bytes: number[]): string | undefined {
  try {
    const text = decoder.decode(new Uint8Array(bytes));
    return [...text].length === 1 && !IMPLAUSIBLE.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Certain reading, else template vocabulary, else U+FE0F after an emoji, else the first pictograph. */
function choose(candidates: string[], previous: string | undefined): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const known = candidates.find((c) => KB_VOCABULARY.has(c));
  if (known) return known;
  if (previous && PICTOGRAPHIC.test(previous) && candidates.includes(VARIATION_SELECTOR_16))
    return VARIATION_SELECTOR_16;
  const pictographs = candidates.filter((c) => PICTOGRAPHIC.test(c));
  return pictographs[0];
}
