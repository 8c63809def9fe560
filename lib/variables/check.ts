import type { FileDiagnostic } from '../diagnostics';
import type { VariableDeclaration } from '../content/schema';
import { compositionCycle, compositionsOf, partsOf } from './compose';
import { identifierHolding, isLanguageMacro } from './placeholders';
import { checkPatternSafety } from './redos';
import { compilePattern, type VariableRule } from './value-rules';

/**
 * Checks the `variables:` frontmatter against the body: a declared variable that is never used is
 * a `variable-unused` warning; a `pattern` that is not a valid regular expression is a
 * `variable-pattern` error; a pattern that can backtrack catastrophically (ReDoS) is a
 * `variable-pattern-slow` error, so it never reaches a page. `used` lists the names found in the body, `declLine` gives the
 * 1-based line of a declaration.
 */
export function checkVariableDeclarations(
  declared: Record<string, VariableDeclaration>,
  used: string[],
  declLine: (name: string) => number,
  text = '',
): FileDiagnostic[] {
  const compositions = compositionsOf(declared);
  const usedNames = new Set([
    ...used,
    ...used.flatMap((name) => (compositions[name] ? partsOf(compositions[name]) : [])),
  ]);
  const found: FileDiagnostic[] = [];
  for (const [name, declaration] of Object.entries(declared)) {
    const at = { line: declLine(name), column: 1 };
    if (!usedNames.has(name)) found.push({ ...at, ...unusedProblem(name, text) });
    found.push(...declarationProblems(`variables.${name}`, name, declaration).map((p) => ({ ...at, ...p })));
  }
  const cycle = compositionCycle(compositions);
  if (cycle) found.push({ line: declLine(cycle[0]), column: 1, ...cycleProblem(cycle) });
  return found;
}

/**
 * The `variable-unused` warning for `name`; `text` (the file) says where the author wrote `__NAME__` inside an upper-case
 * identifier, which is code (`LOGGING__LOGLEVEL__DEFAULT`, lib/variables/placeholders.ts), not a placeholder.
 */
function unusedProblem(name: string, text: string): DeclarationProblem {
  const base = { severity: 'warning', code: 'variable-unused' } as const;
  const inside = identifierHolding(text, name);
  if (inside) {
    const line = text.slice(0, inside.index).split('\n').length;
    return {
      ...base,
      message: `variable ${name} is declared but __${name}__ appears only inside ${inside.word} (line ${line}), an upper-case identifier, which stays code`,
      hint: `a placeholder between capital letters or digits on both sides is part of the identifier; put another character on one side (${inside.word.replace(`__${name}__`, `-__${name}__`)}), or remove variables.${name}`,
    };
  }
  return {
    ...base,
    message: `variable ${name} is declared but __${name}__ appears nowhere in the body`,
    hint: isLanguageMacro(name)
      ? `__${name}__ is a language macro and is never treated as a variable; rename it and use the new name in the commands`
      : `write __${name}__ where the value goes in a command, or remove variables.${name}`,
  };
}

/** A problem with one declaration, before its position is known. */
type DeclarationProblem = Omit<FileDiagnostic, 'line' | 'column'>;

/**
 * What is wrong with one declaration, wherever it is written (an entry's frontmatter or `_variables.yml`;
 * `label` names it in messages): a `pattern` that does not compile or can backtrack catastrophically,
 * a `compose` template without parts or built from itself.
 */
export function declarationProblems(
  label: string,
  name: string,
  declaration: VariableDeclaration,
): DeclarationProblem[] {
  const found: DeclarationProblem[] = [];
  const compiled = declaration.pattern === undefined ? null : compilePattern(declaration.pattern);
  if (compiled !== null && !compiled.ok) {
    found.push({
      severity: 'error',
      code: 'variable-pattern',
      message: `${label}.pattern is not a valid regular expression: ${compiled.error}`,
      hint: 'write a JavaScript regular expression without slashes, e.g. "^[a-z0-9-]+$"; in YAML use single quotes so backslashes stay as written',
    });
  }
  const verdict = compiled?.ok ? checkPatternSafety(compiled.regex) : { safe: true as const };
  if (!verdict.safe) {
    found.push({
      severity: 'error',
      code: 'variable-pattern-slow',
      message: `${label}.pattern can backtrack catastrophically: ${verdict.reason}`,
      hint: 'do not nest repetition or repeat alternatives that overlap: write "^[a-z]+$" rather than "^(a+)+$", "^[a-z0-9]+(-[a-z0-9]+)*$" rather than "^([a-z0-9]+-?)*$"',
    });
  }
  if (declaration.compose !== undefined) {
    const parts = partsOf(declaration.compose);
    if (parts.length === 0 || parts.includes(name)) {
      found.push({
        severity: 'error',
        code: 'variable-compose',
        message:
          parts.length === 0
            ? `${label}.compose names no variable: "${declaration.compose}"`
            : `${label}.compose builds ${name} from itself: "${declaration.compose}"`,
        hint: 'write the value with the placeholders of its parts, e.g. compose: "__REGISTRY__/__IMAGE_REPO__:__TAG__"',
      });
    }
  }
  return found;
}

/** The diagnostic for composed variables built from each other. */
export function cycleProblem(cycle: readonly string[]): DeclarationProblem {
  return {
    severity: 'error',
    code: 'variable-compose',
    message: `composed variables build each other: ${cycle.join(' → ')}`,
    hint: 'build a composed value from plain variables only; break the cycle by removing one compose',
  };
}

/** A declared `example` or `default` that its variable's rule rejects. */
interface OffFormatValue {
  field: 'example' | 'default';
  value: string;
  /** Why the rule rejects it. */
  message: string;
}

/** The `example` and `default` of `values` that `rule` rejects: a sample or fallback the page would then refuse to copy. */
export function offFormatValues(
  rule: VariableRule,
  values: Pick<VariableDeclaration, 'example' | 'default'>,
): OffFormatValue[] {
  const found: OffFormatValue[] = [];
  for (const field of ['example', 'default'] as const) {
    const value = values[field];
    const verdict = value === undefined ? { ok: true } : rule.validate(value);
    if (value !== undefined && !verdict.ok)
      found.push({ field, value, message: verdict.message ?? 'Not the expected format.' });
  }
  return found;
}
