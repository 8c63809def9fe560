import type { FileDiagnostic } from '../diagnostics';
import type { VariableDeclaration } from '../schema';
import { isLanguageMacro } from './placeholders';
import { checkRedos } from './redos';
import { compilePattern } from './types';

/**
 * Checks the `variables:` frontmatter against the body: a declared variable that is never used is
 * a `variable-unused` warning; a `pattern` that is not a valid regular expression is a
 * `variable-pattern` error. `used` lists the names found in the body, `declLine` gives the
 * 1-based line of a declaration.
 */
export function checkVariableDeclarations(
  declared: Record<string, VariableDeclaration>,
  used: string[],
  declLine: (name: string) => number,
): FileDiagnostic[] {
  const usedNames = new Set(used);
  const found: FileDiagnostic[] = [];
  for (const [name, declaration] of Object.entries(declared)) {
    const at = { line: declLine(name), column: 1 };
    if (!usedNames.has(name)) {
      found.push({
        ...at,
        severity: 'warning',
        code: 'variable-unused',
        message: `variable ${name} is declared but __${name}__ appears nowhere in the body`,
        hint: isLanguageMacro(name)
          ? `__${name}__ is a language macro and is never treated as a variable; rename it and use the new name in the commands`
          : `write __${name}__ where the value goes in a command, or remove variables.${name}`,
      });
    }
    const compiled = declaration.pattern === undefined ? null : compilePattern(declaration.pattern);
    if (compiled !== null && !compiled.ok) {
      found.push({
        ...at,
        severity: 'error',
        code: 'variable-pattern',
        message: `variables.${name}.pattern is not a valid regular expression: ${compiled.error}`,
        hint: 'write a JavaScript regular expression without slashes, e.g. "^[a-z0-9-]+$"; in YAML use single quotes so backslashes stay as written',
      });
    }
    if (compiled?.ok) found.push(...redosDiagnostics(name, compiled.regex.source, at));
  }
  return found;
}

/** A pattern that can freeze the page on a crafted value is an error; one the analyser could not decide, a warning. */
function redosDiagnostics(name: string, source: string, at: { line: number; column: number }): FileDiagnostic[] {
  const verdict = checkRedos(source);
  if (verdict.kind === 'safe') return [];
  if (verdict.kind === 'unknown') {
    return [{ ...at, severity: 'warning', code: 'variable-pattern-redos', message: `variables.${name}.pattern could not be checked for catastrophic backtracking (${verdict.why})`,
      hint: 'simplify the pattern: avoid nested quantifiers such as (a+)+ and overlapping alternatives such as (a|ab)*' }];
  }
  return [{ ...at, severity: 'error', code: 'variable-pattern-redos',
    message: `variables.${name}.pattern can backtrack catastrophically (${verdict.what})${verdict.attack ? `: a value like ${verdict.attack} would freeze the page` : ''}`,
    hint: 'remove nested or overlapping quantifiers: (a+)+ → a+, (\\w+\\s?)* → [\\w\\s]*, .*a.*b → [^a]*a[^b]*b' }];
}
