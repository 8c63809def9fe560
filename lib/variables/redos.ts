import { isSafe } from 'redos-detector';

/** How long the analyser may take for one pattern before the pattern counts as unsafe. */
const TIMEOUT_MS = 2000;

/** The verdict on one pattern: safe, or why it can backtrack catastrophically. */
type RedosVerdict = { safe: true } | { safe: false; reason: string };

/**
 * Whether a declared `pattern`, compiled the way pages use it (anchored: `^(?:pattern)$`), can take
 * exponential or high-polynomial time on some input. Uses redos-detector, which explores the
 * regex's backtracking paths; a pattern it cannot prove safe within its limits counts as unsafe.
 */
export function checkPatternSafety(anchored: RegExp): RedosVerdict {
  let result: ReturnType<typeof isSafe>;
  try {
    result = isSafe(anchored, { timeout: TIMEOUT_MS });
  } catch (error) {
    return {
      safe: false,
      reason: `the analyser could not read it (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (result.safe) return { safe: true };
  if (result.error === 'timedOut' || result.error === 'hitMaxSteps') {
    return { safe: false, reason: 'it could not be shown safe within the analyser’s limits' };
  }
  return {
    safe: false,
    reason:
      'one input can be matched in very many ways (a repeated group that can repeat inside itself), so a value that fails can hang the page',
  };
}
