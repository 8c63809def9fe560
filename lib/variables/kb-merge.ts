import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import type { VariableDeclaration } from '../content/schema';
import { namesWithParts } from './compose';
import { offFormatValues } from './check';
import { KB_VARIABLES_FILE, type KbVariables } from './kb-file';
import { variableRule } from './value-rules';

/**
 * An entry with the KB's declarations under its own. For each name the entry uses (and each part of a
 * composed name it uses), the KB gives the meaning and the entry may narrow it: its description,
 * example and default replace the KB's; its `pattern` applies on top of the KB's (a value must fit
 * both); it may not give a KB name another `compose`. Narrowing that contradicts the KB is an error
 * at the entry's declaration. An entry's own names are untouched. Pure.
 */
export function withKbVariables(
  entry: EntryModel,
  kb: KbVariables,
  declLine: (name: string) => number,
): { entry: EntryModel; diagnostics: FileDiagnostic[] } {
  const own = entry.meta.variables;
  const names = namesWithParts([...entry.variables, ...Object.keys(own)], { ...kb.declarations, ...own });
  const unusable = (name: string) => kb.unusable === 'all' || kb.unusable.includes(name);
  if (!names.some((n) => Object.hasOwn(kb.declarations, n) || unusable(n))) return { entry, diagnostics: [] };
  const merged: Record<string, VariableDeclaration> = { ...own };
  const diagnostics: FileDiagnostic[] = [];
  for (const name of names) {
    if (unusable(name)) {
      // Fails closed: without the KB's meaning a value cannot be checked, so none is used (kb validate reports the file).
      const unusableWhy =
        kb.unusable === 'all'
          ? `${KB_VARIABLES_FILE} cannot be read, so what ${name} must look like is unknown (run kb validate)`
          : `${name}'s declaration at ${KB_VARIABLES_FILE}:${kb.lineOf(name)} has an error (run kb validate)`;
      merged[name] = { ...own[name], unusable: unusableWhy };
      continue;
    }
    const base = kb.declarations[name];
    if (base === undefined) continue;
    const mine = own[name];
    const at = { line: mine ? declLine(name) : 1, column: 1 };
    if (mine?.compose !== undefined && mine.compose !== base.compose) {
      diagnostics.push({
        ...at,
        severity: 'error',
        code: 'variable-redefined',
        message: `variables.${name}.compose redefines ${name}: ${KB_VARIABLES_FILE}:${kb.lineOf(name)} ${base.compose === undefined ? 'declares it as a plain value' : `builds it as "${base.compose}"`}`,
        hint: `remove compose here to use the KB's meaning, or give this value its own name (e.g. ${name}_FULL) and declare it`,
      });
    }
    const declaration = narrow(base, mine);
    merged[name] = declaration;
    if (!mine) continue;
    const rule = variableRule(name, declaration);
    for (const { field, value, message } of offFormatValues(rule, mine)) {
      diagnostics.push({
        ...at,
        severity: 'error',
        code: 'variable-example',
        message: `variables.${name}.${field} "${value}" does not fit ${name} as ${KB_VARIABLES_FILE}:${kb.lineOf(name)} declares it: ${message}`,
        hint: `change the ${field}, or give this meaning its own name and declare it`,
      });
    }
  }
  return { entry: { ...entry, meta: { ...entry.meta, variables: merged } }, diagnostics };
}

/** The KB's declaration narrowed by the entry's. */
function narrow(base: VariableDeclaration, mine: VariableDeclaration | undefined): VariableDeclaration {
  if (!mine) return base;
  const pattern =
    base.pattern !== undefined && mine.pattern !== undefined && base.pattern !== mine.pattern
      ? `(?=(?:${base.pattern})$)(?:${mine.pattern})`
      : (mine.pattern ?? base.pattern);
  const merged: VariableDeclaration = {
    description: mine.description ?? base.description,
    example: mine.example ?? base.example,
    default: mine.default ?? base.default,
    pattern,
    compose: base.compose,
  };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}
