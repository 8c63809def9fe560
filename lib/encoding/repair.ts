import type { FileDiagnostic } from '../diagnostics';
import { scanMojibake, type MojibakeSpot } from './detect';
import type { Guess } from './restore';

/** One repaired run, with enough detail to tell the author what was guessed. */
export interface RepairSpot extends MojibakeSpot {
  /** Code points put in, e.g. `U+1F58D U+FE0F`. */
  codePoints: string;
  /** One entry per character rebuilt around a dropped byte. */
  guesses: Guess[];
  /** Name of the code page whose undefined bytes were tried, e.g. `windows-1254`. */
  codePage: string;
}

/** Alternatives listed in a message before "(+N more)". */
const SHOWN_ALTERNATIVES = 6;

/**
 * Re-encodes every damaged run to its bytes and decodes them as UTF-8; text outside the
 * runs is returned unchanged, character for character.
 */
export function repairMojibake(text: string): { text: string; spots: RepairSpot[] } {
  const scanned = scanMojibake(text);
  let out = '';
  let at = 0;
  for (const spot of scanned) {
    out += text.slice(at, spot.offset) + spot.suggestion;
    at = spot.offset + spot.found.length;
  }
  out += text.slice(at);
  const spots = scanned.map(({ line, column, found, suggestion, exact, guesses, page }) => ({
    line,
    column,
    found,
    suggestion,
    exact,
    codePoints: codePoints(suggestion),
    guesses,
    codePage: page.name,
  }));
  return { text: out, spots };
}

/** A warning for a spot that was not restored exactly; `undefined` when it was. */
export function inexactDiagnostic(spot: RepairSpot): FileDiagnostic | undefined {
  if (spot.exact) return undefined;
  const tried = spot.guesses[0]?.tried.map((b) => `0x${b.toString(16).toUpperCase()}`).join(' ') ?? '';
  const plural = spot.guesses.length > 1 ? 'bytes' : 'byte';
  const readings = spot.guesses.map(describeGuess).join(' and ');
  return {
    line: spot.line,
    column: spot.column,
    severity: 'warning',
    code: 'encoding-inexact',
    message:
      `"${spot.found}" restored as "${spot.suggestion}" (${spot.codePoints}); the dropped ${plural} ` +
      `could have been any of ${tried} (undefined in ${spot.codePage}), so ${readings}`,
    hint: 'check it against the original and edit the character if another one was meant',
  };
}

function describeGuess(guess: Guess): string {
  const shown = guess.alternatives.slice(0, SHOWN_ALTERNATIVES).map(show).join(' ');
  const more =
    guess.alternatives.length > SHOWN_ALTERNATIVES ? ` (+${guess.alternatives.length - SHOWN_ALTERNATIVES} more)` : '';
  if (!guess.fits) return `it could be ${shown}${more}, none of them a template character or emoji`;
  return `${show(guess.chosen)} could also be ${shown}${more}`;
}

/** A character as a reader can see it: itself if visible, else its code point. */
function show(ch: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? ch : codePoints(ch);
}

function codePoints(text: string): string {
  return [...text].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
