import { createRequire } from 'node:module';

/** The highest polynomial degree of backtracking accepted: quadratic, on values of at most 256 characters. */
const MAX_DEGREE = 2;
/** recheck gives up after this long and says "unknown"; that is a warning, not an error. */
const TIMEOUT_MS = 2000;

/** What the analyser found for one declared pattern. */
export type RedosVerdict = { kind: 'safe' } | { kind: 'slow'; what: string; attack: string | null } | { kind: 'unknown'; why: string };

type Recheck = typeof import('recheck');
let recheck: Recheck | null = null;

/**
 * Whether a declared `pattern` can backtrack catastrophically, by static analysis with recheck (a maintained
 * ReDoS checker, https://makenowjust-labs.github.io/recheck/), on the pattern as the page runs it: anchored,
 * whole value. Exponential backtracking, or polynomial above quadratic, is `slow`. Loaded on first use, so a
 * KB without patterns never loads it.
 */
export function checkRedos(anchoredSource: string): RedosVerdict {
  recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
  const result = recheck.checkSync(anchoredSource, '', { timeout: TIMEOUT_MS });
  if (result.status === 'safe') return { kind: 'safe' };
  if (result.status === 'unknown') return { kind: 'unknown', why: result.error?.kind ?? 'not decided in time' };
  const c = result.complexity;
  if (c.type === 'polynomial' && c.degree <= MAX_DEGREE) return { kind: 'safe' };
  return { kind: 'slow', what: c.summary, attack: result.attack?.pattern ?? null };
}
