import { isSafe } from 'redos-detector';

/**
 * How many steps the analyser may take for one pattern before the pattern counts as unsafe. A step limit, not a clock:
 * the verdict must not depend on how busy the machine is. With a 2-second timeout, the starter KB's `IMAGE_REPO`
 * pattern (proved safe in 0.2–1.4 s alone) was rejected when CI ran the unit tests beside the browser tests, so the
 * same KB validated on one run and failed on the next. Measured on this project's 2-core machine (Node 20,
 * redos-detector 6.1.4): `IMAGE_REPO` needs between 1,000 and 2,000 steps; the library's default of 20,000 lets a
 * hostile pattern (`((a|b|ab)*c)+`, `(?:(?:a|a)*)*b`) run 23–25 s before it gives up, 5,000 at most 1.0–1.4 s.
 */
const MAX_STEPS = 5000;

/** The verdict on one pattern: safe, or why it can backtrack catastrophically. */
type RedosVerdict = { safe: true } | { safe: false; reason: string };

/** Verdicts by anchored source: a KB declares few patterns, often the same one in many entries. */
const verdicts = new Map<string, RedosVerdict>();

/**
 * Whether a declared `pattern`, compiled the way pages use it (anchored: `^(?:pattern)$`), can take
 * exponential or high-polynomial time on some input. Uses redos-detector, which explores the
 * regex's backtracking paths; a pattern it cannot prove safe within {@link MAX_STEPS} counts as unsafe.
 */
export function checkPatternSafety(anchored: RegExp): RedosVerdict {
  const key = `${anchored.flags}/${anchored.source}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = analyse(anchored);
    verdicts.set(key, verdict);
  }
  return verdict;
}

function analyse(anchored: RegExp): RedosVerdict {
  let result: ReturnType<typeof isSafe>;
  try {
    result = isSafe(anchored, { maxSteps: MAX_STEPS });
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
