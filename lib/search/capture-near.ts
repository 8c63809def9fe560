import { splitPlaceholders, type PlaceholderPart } from '../variables/placeholders';
import { captureFrom, capturePattern, WILDCARDS, type CapturedValues, type CapturePattern } from './capture-pattern';

/**
 * Capture with a placeholder's nearest words alone, for a reader's line that words the rest of the string differently
 * (capture.ts). Browser-safe.
 */

/** Words of an error string kept on each side of a placeholder by {@link nearPatterns}. */
const NEAR_WORDS = 3;

/**
 * For each placeholder of an error string, the pattern of it with only the words nearest it: at most
 * {@link NEAR_WORDS} on each side, up to a wildcard or another placeholder. For a reader's line that words the rest of
 * the string differently: `Error: Unable to locate package fastfetch` against `E: Unable to locate package
 * __PACKAGE__`, SQLAlchemy's `(psycopg2.errors.UndefinedTable) relation "orders" does not exist`, ld.gold's `error:
 * cannot find -lboost_system`. On the labelled pastes, values for 90 % of the confident answers whose symptom has a
 * placeholder in other teams' KBs (76 % before) and 94 % in ours (91 %). The near words stop before a word that is a
 * value itself ({@link VALUE_LIKE}). Only a confident match's lines are read, and a value still passes its variable's
 * check. The two sides must hold two words of letters: `'__MODULE__'` alone would take any quoted word.
 */
export function nearPatterns(errorText: string): CapturePattern[] {
  const parts = splitPlaceholders(errorText.trim());
  const patterns: CapturePattern[] = [];
  const near = (first: number, last: number) => {
    const before = parts[first - 1]?.kind === 'text' ? lastWords((parts[first - 1] as { text: string }).text) : '';
    const after = parts[last + 1]?.kind === 'text' ? firstWords((parts[last + 1] as { text: string }).text) : '';
    // A placeholder next to a path or a dotted name the reader's line holds differently has no bound: skipped.
    if (before === null || after === null || letterWords(before) + letterWords(after) < 2) return;
    const raw = parts
      .slice(first, last + 1)
      .map((part) => (part.kind === 'text' ? part.text : part.raw))
      .join('');
    const pattern = capturePattern(`${before}${raw}${after}`);
    if (pattern) patterns.push(pattern);
  };
  parts.forEach((part, i) => {
    if (part.kind === 'variable') near(i, i);
  });
  for (const [first, last] of joinedRuns(parts)) near(first, last);
  return patterns;
}

/**
 * Placeholders joined by a mark into one value (`__UPSTREAM_HOST__:__UPSTREAM_PORT__`, `__GROUP_ID__:__ARTIFACT_ID__`,
 * `__SSH_USER__@__SSH_HOST__`): for each run of two or more, the indexes of its first and last part. Alone, the second
 * of such a pair has only the mark on one side, too little to place it: nginx's `host not found in upstream
 * "api:3000" in /etc/nginx/conf.d/app.conf:14` gave the host and not the port (another team's f18); near words around
 * the whole run place both.
 */
function joinedRuns(parts: readonly PlaceholderPart[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 2; i < parts.length; i++) {
    const mark = parts[i - 1];
    if (parts[i].kind !== 'variable' || parts[i - 2].kind !== 'variable' || mark.kind !== 'text') continue;
    if (!JOINER.test(mark.text)) continue;
    const run = runs.at(-1);
    if (run?.[1] === i - 2) run[1] = i;
    else runs.push([i - 2, i]);
  }
  return runs;
}

/** Text that joins two placeholders into one value: a mark or two, no space, letter or digit. */
const JOINER = /^[^\s\p{L}\p{N}]{1,2}$/u;

/** Values the near patterns capture from one line, merged (a name captured twice must agree); null when none. */
export function captureNear(patterns: readonly CapturePattern[], line: string): CapturedValues | null {
  let values: CapturedValues | null = null;
  for (const pattern of patterns) {
    const found = captureFrom(pattern, line);
    if (!found) continue;
    values ??= {};
    for (const [name, value] of Object.entries(found)) {
      if (Object.hasOwn(values, name) && values[name] !== value) return null;
      values[name] = value;
    }
  }
  return values;
}

/**
 * The near words before a placeholder; null when the word next to it is a value (`/app/node_modules/__M__`,
 * `CONFLICT (modify/delete): __FILE__`): without it the placeholder would take any word.
 */
function lastWords(text: string): string | null {
  const words =
    text
      .split(WILDCARDS)
      .at(-1)
      ?.match(/\S+\s*/g) ?? [];
  return nearest(words.reverse())?.reverse().join('') ?? null;
}

/** The near words after a placeholder; null when the word next to it is a value (`__APP_DIR__/storage/logs`). */
function firstWords(text: string): string | null {
  return nearest(text.split(WILDCARDS)[0].match(/\s*\S+/g) ?? [])?.join('') ?? null;
}

/** Up to {@link NEAR_WORDS} of `words`, nearest first, stopping before a value; null when the nearest is one. */
function nearest(words: readonly string[]): string[] | null {
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === NEAR_WORDS) break;
    if (VALUE_LIKE.test(word)) return kept.length === 0 ? null : kept;
    kept.push(word);
  }
  return kept;
}

/**
 * A word that is itself a value or a namespace, which a reader's line holds differently (a path, a dotted class or
 * host: `'/app/node_modules/`, `psycopg2.errors.UndefinedTable:`): the near words stop before it.
 */
const VALUE_LIKE = /[/\\]|\.\p{L}/u;

function letterWords(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}
