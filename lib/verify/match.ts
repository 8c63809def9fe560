import type { ExpectedCheck } from './checks';
import { outputLines } from './normalise';

/** The result of one check against the output. */
interface CheckResult {
  check: ExpectedCheck;
  pass: boolean;
  /** The line that proved the result (found text, or the unwanted text), or null when none did. */
  line: string | null;
  /** 1-based number of that line in the output. */
  lineNumber: number | null;
  /** Set when the check could not run (a pattern that does not compile). */
  error?: string;
}

/** The verdict for a pasted output. */
export interface Verdict {
  /** True when the output had no non-blank line. */
  empty: boolean;
  results: CheckResult[];
  /** True when there was output and every check passed. */
  pass: boolean;
}

// Lines longer than this are cut before matching, which bounds the work a pattern can do.
const MAX_LINE = 4000;

/** Runs one check over the output lines (each checked on its own). Pure. */
function runCheck(check: ExpectedCheck, lines: readonly string[]): CheckResult {
  let test: (line: string) => boolean;
  if (check.kind === 'matches') {
    try {
      const re = new RegExp(check.value, check.flags.replace(/[^i]/g, ''));
      test = (line) => re.test(line);
    } catch (error) {
      return { check, pass: false, line: null, lineNumber: null, error: (error as Error).message };
    }
  } else {
    test = (line) => line.includes(check.value);
  }
  const index = lines.findIndex((line) => test(line.slice(0, MAX_LINE)));
  const found = index >= 0 ? { line: lines[index], lineNumber: index + 1 } : { line: null, lineNumber: null };
  return { check, pass: check.kind === 'lacks' ? index < 0 : index >= 0, ...found };
}

/** Checks pasted output against every checkable item: ANSI stripped, CRLF normalised. Pure. */
export function verifyOutput(checks: readonly ExpectedCheck[], output: string): Verdict {
  const lines = outputLines(output);
  const empty = lines.every((l) => l.trim() === '');
  const results = checks.map((c) => runCheck(c, empty ? [] : lines));
  return { empty, results, pass: !empty && results.every((r) => r.pass) };
}
