import { charToByte, guessCodePage, type CodePage } from './code-pages';
import { restoreSequence, type Guess } from './restore';

/** A run of text that reads like UTF-8 decoded as Windows-1252/1254 (`â€”` for `—`). */
export interface MojibakeSpot {
  /** 1-based line of the run's first character. */
  line: number;
  /** 1-based column of the run's first character, counted in characters (code points). */
  column: number;
  /** The damaged run as it stands in the text. */
  found: string;
  /** The repaired text, best effort. */
  suggestion: string;
  /** False when a dropped byte had to be guessed (or could not be). */
  exact: boolean;
}

/** A spot with what a repair needs: where it sits and what was guessed. */
interface ScannedSpot extends MojibakeSpot {
  /** UTF-16 offset of `found` in the text. */
  offset: number;
  /** One entry per character rebuilt around a dropped byte. */
  guesses: Guess[];
  /** The code page whose undefined bytes were tried. */
  page: CodePage;
}

/** Up to three continuation bytes that follow a lead byte, or a lone character. */
interface Token {
  /** Index of the first character in its run. */
  start: number;
  bytes: number[];
  /** Full sequence length the lead byte announces; 0 for a character that is no lead. */
  need: number;
}

/** Characters (code points) with their positions: a run of damage candidates. */
interface Run {
  chars: string[];
  offsets: number[];
  line: number;
  column: number;
}

const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;
const sequenceLength = (lead: number): number =>
  lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
/** Signs that end a word; `Å”` may be a quoted Swedish `Å`, `Ã”` hardly anything real. */
const CLOSING_SIGNS = new Set([0x85, 0x92, 0x94, 0x96, 0x97, 0x9b, 0xbb]);

/**
 * Characters that Windows-1252/1254 give to UTF-8 lead bytes 0xC2–0xF4: text without any of them
 * holds no damage, which lets clean files (nearly all of them) skip the scan.
 */
const MAY_HOLD_DAMAGE = /[\u00C2-\u00F4\u011E\u011F\u0130\u015E]/;

/** Finds every damaged run in `text`; pure, never changes anything. */
export function findMojibake(text: string): MojibakeSpot[] {
  if (!MAY_HOLD_DAMAGE.test(text)) return [];
  return scanMojibake(text).map(({ line, column, found, suggestion, exact }) => ({
    line,
    column,
    found,
    suggestion,
    exact,
  }));
}

/** Like {@link findMojibake}, with offsets and the guesses behind each suggestion. */
export function scanMojibake(text: string): ScannedSpot[] {
  const page = guessCodePage(text);
  return candidateRuns(text).flatMap((run) => spotsInRun(run, page));
}

/** Maximal runs of non-ASCII characters that both code pages can turn back into one byte. */
function candidateRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  let [line, column, offset] = [1, 1, 0];
  for (const ch of text) {
    if (charToByte(ch) === undefined) current = undefined;
    else {
      if (!current) runs.push((current = { chars: [], offsets: [], line, column }));
      current.chars.push(ch);
      current.offsets.push(offset);
    }
    offset += ch.length;
    [line, column] = ch === '\n' ? [line + 1, 1] : [line, column + 1];
  }
  return runs;
}

/** Splits a run's bytes at lead bytes; only continuation bytes were ever dropped. */
function tokenize(bytes: number[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < bytes.length;) {
    const need = sequenceLength(bytes[i]);
    let end = i + 1;
    while (need > 0 && end < bytes.length && end - i < need && isContinuation(bytes[end])) end++;
    const has = end - i;
    tokens.push({ start: i, bytes: bytes.slice(i, end), need: has > 1 ? need : 0 });
    i = end;
  }
  return tokens;
}

/** A token that belongs to a damaged group, with what it was restored to. */
interface Piece {
  token: Token;
  strong: boolean;
  guess: Guess;
}

/**
 * Reads a token as damage, or returns `undefined` when it is ordinary text. `strong` alone
 * flags a spot; a weak piece (`Ğ¶`) only counts beside another whole sequence.
 */
function readPiece(t: Token, page: CodePage, previous: string | undefined): Piece | undefined {
  const [lead, second] = t.bytes;
  const missing = t.need - t.bytes.length;
  if (t.need === 0) return undefined;
  const guess = restoreSequence(t.bytes, missing > 0 ? page.undefinedBytes : [], missing, previous);
  // U+FFFD with readings left means "damaged, but no reading fits"; an emoji lead needs a fit.
  if (!guess.fits && (missing === 0 || lead >= 0xf0 || guess.alternatives.length === 0)) return undefined;
  if (missing === 0) {
    const strong = t.need >= 3 || lead <= 0xc3 || (lead <= 0xc5 && !CLOSING_SIGNS.has(second));
    return { token: t, strong, guess };
  }
  // A byte the code page does not define was dropped. Only shapes real text hardly ever has
  // count: `ğŸ`/`ðŸ` + sign (emoji), `â` + sign (punctuation), `ï¸` (U+FE0F after an emoji).
  const shape =
    (lead >= 0xf0 && (t.bytes.length >= 3 || second === 0x9f)) || lead === 0xe2 || (lead === 0xef && second === 0xb8);
  return shape ? { token: t, strong: true, guess } : undefined;
}

/** Groups consecutive damage pieces; a group is a spot if it holds a strong piece or two pieces. */
function spotsInRun(run: Run, page: CodePage): ScannedSpot[] {
  const bytes = run.chars.map((ch) => charToByte(ch) ?? 0);
  const spots: ScannedSpot[] = [];
  let group: Piece[] = [];
  const flush = (): void => {
    if (group.some((p) => p.strong) || group.length >= 2) spots.push(buildSpot(run, group, page));
    group = [];
  };
  for (const token of tokenize(bytes)) {
    const previous = group.length > 0 ? [...group[group.length - 1].guess.chosen].pop() : undefined;
    const piece = readPiece(token, page, previous);
    if (piece) group.push(piece);
    else flush();
  }
  flush();
  return spots;
}

function buildSpot(run: Run, pieces: Piece[], page: CodePage): ScannedSpot {
  const first = pieces[0].token.start;
  const last = pieces[pieces.length - 1].token;
  const found = run.chars.slice(first, last.start + last.bytes.length).join('');
  const suggestion = pieces.map((p) => p.guess.chosen).join('');
  const guesses = pieces.filter((p) => p.token.bytes.length < p.token.need).map((p) => p.guess);
  const exact = guesses.every((g) => g.fits && g.alternatives.length === 0);
  return {
    line: run.line,
    column: run.column + first,
    found,
    suggestion,
    exact,
    offset: run.offsets[first],
    guesses,
    page,
  };
}
