/** How bad a diagnostic is: an error stops the build, a warning is reported and the build goes on. */
type Severity = 'error' | 'warning';

/**
 * Every diagnostic code, one home: docs/entry-format.md's table explains each (its test keeps them in step).
 * Stable and machine-readable, for `--format json` and CI annotations.
 */
export const DIAGNOSTIC_CODES = [
  // files and YAML
  'content-missing',
  'entry-too-large',
  'encoding-invalid',
  'encoding-damaged',
  'encoding-inexact',
  'frontmatter-missing',
  'yaml-syntax',
  // frontmatter fields
  'missing-field',
  'unknown-field',
  'wrong-type',
  'invalid-value',
  'out-of-range',
  'invalid-date',
  'invalid-id',
  'invalid-format',
  'file-name-mismatch',
  'duplicate-id',
  'unknown-related',
  // body
  'missing-section',
  'unknown-section',
  'title-multiple',
  'unclosed-fence',
  'markdown-too-deep',
  // variables
  'variable-typo',
  'variable-unused',
  'variable-pattern',
  'variable-pattern-slow',
  'variable-stand-in',
  'variable-meaning',
  'variable-compose',
  'variable-redefined',
  'variable-example',
  // search: capture, match patterns, match tests
  'capture-unknown-variable',
  'capture-too-many',
  'error-string-value',
  'error-string-none',
  'error-string-weak',
  'error-string-system',
  'error-string-boilerplate',
  'match-pattern',
  'match-pattern-slow',
  'match-example',
  'symptom-overlap',
  'error-string-not-telling',
  // checkable Expected items
  'expected-pattern-invalid',
  'expected-pattern-slow',
] as const;

/** A diagnostic code. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** One problem found in one file, positioned like a compiler message. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory when possible. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable machine-readable class, e.g. `yaml-syntax`, `unknown-field`. */
  code: DiagnosticCode;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** A diagnostic before the file name is known (stages work on text, the loader adds the file). */
export type FileDiagnostic = Omit<Diagnostic, 'file'>;

/** Attaches a file name to diagnostics produced by a text-only stage. */
export function inFile(file: string, found: FileDiagnostic[]): Diagnostic[] {
  return found.map((d) => ({ file, ...d }));
}

/** Orders diagnostics by file, then line, then column, so output is stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** True when at least one diagnostic is an error. */
export function hasErrors(list: Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Formats one diagnostic as `file:line:col severity code message` plus an indented hint. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n  hint: ${d.hint}`;
}

/** Suggests the closest candidate for a misspelt name (Levenshtein distance at most 1/3 of its length + 1). */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.floor(input.length / 3) + 1 ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
