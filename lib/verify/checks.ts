import type { DiagnosticCode } from '../diagnostics';
/** What a checkable Expected item asks of the verification output. */
type CheckKind = 'contains' | 'matches' | 'lacks';

/** A checkable Expected item: `output contains|matches|lacks \`…\``. */
export interface ExpectedCheck {
  kind: CheckKind;
  /** The literal text (contains, lacks) or the pattern source (matches). */
  value: string;
  /** Regex flags for `matches`: empty or `i`. */
  flags: string;
  /** The item as written (Markdown), for display. */
  label: string;
}

/** Longest pattern a `matches` item may use; longer ones are flagged by `kb validate`. */
const MAX_PATTERN_LENGTH = 200;

const ITEM = /^output\s+(contains|matches|lacks)\s+`([^`]+)`/i;

/**
 * Reads one Expected item (mark already stripped). Returns null for a plain item.
 * Forms: ``output contains `TEXT` ``, ``output matches `/RE/i` ``, ``output lacks `TEXT` ``.
 */
export function parseCheck(item: string): ExpectedCheck | null {
  const m = ITEM.exec(item.trim());
  if (!m) return null;
  const kind = m[1].toLowerCase() as CheckKind;
  if (kind !== 'matches') return { kind, value: m[2], flags: '', label: item };
  const slashed = /^\/(.+)\/([a-z]*)$/s.exec(m[2]);
  return { kind, value: slashed ? slashed[1] : m[2], flags: slashed ? slashed[2] : '', label: item };
}

/** The checkable items among an entry's Expected items, in order. */
export function checksOf(expected: readonly string[]): ExpectedCheck[] {
  return expected.map(parseCheck).filter((c): c is ExpectedCheck => c !== null);
}

/** Why a `matches` pattern can't be used, or null when it is fine. */
export function patternProblem(check: ExpectedCheck): { code: DiagnosticCode; message: string; hint: string } | null {
  if (check.kind !== 'matches') return null;
  if (check.flags.replace(/i/g, '') !== '') {
    return {
      code: 'expected-pattern-invalid',
      message: `pattern flags "${check.flags}" are not allowed`,
      hint: 'only the `i` flag is supported: `/pattern/i`',
    };
  }
  try {
    new RegExp(check.value, check.flags);
  } catch (error) {
    return {
      code: 'expected-pattern-invalid',
      message: `pattern /${check.value}/ does not compile: ${(error as Error).message}`,
      hint: 'fix the regular expression, or use `output contains` for plain text',
    };
  }
  if (check.value.length > MAX_PATTERN_LENGTH) {
    return {
      code: 'expected-pattern-slow',
      message: `pattern is ${check.value.length} characters (at most ${MAX_PATTERN_LENGTH})`,
      hint: 'shorten it or split it into several Expected items',
    };
  }
  if (/\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/.test(check.value)) {
    return {
      code: 'expected-pattern-slow',
      message: `pattern /${check.value}/ nests repeats, which can take very long on some output`,
      hint: 'remove the outer repeat, e.g. `(a+)+` → `a+`',
    };
  }
  return null;
}
