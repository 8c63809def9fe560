import { didYouMean, type FileDiagnostic } from '../diagnostics';
import { parseYaml } from '../content/frontmatter';
import { KB_VARIABLES_FILE } from '../content/load';
import {
  VARIABLE_DECLARATION_KEYS,
  VARIABLE_NAME_PATTERN,
  type VariableDeclaration,
  variableDeclarationSchema,
} from '../content/schema';
import { compositionCycle, compositionsOf } from './compose';
import { cycleProblem, declarationProblems, offFormatValues } from './check';
import { variableRule } from './value-rules';

export { KB_VARIABLES_FILE };

/** The KB's declared variables, with where each is written. */
export interface KbVariables {
  declarations: Readonly<Record<string, VariableDeclaration>>;
  /** 1-based line of a name's declaration in the file. */
  lineOf: (name: string) => number;
  /**
   * Names whose declaration has an error, so no value of theirs can be checked: `all` when the file is not a
   * mapping of declarations at all (then any name may be one of them). Entries refuse values for these names.
   */
  unusable: 'all' | readonly string[];
}

/** No KB-level declarations: names mean what the built-in kinds and the entries say. */
export const NO_KB_VARIABLES: KbVariables = { declarations: {}, lineOf: () => 1, unusable: [] };

/**
 * Reads `_variables.yml`: a mapping from variable name to the same fields an entry's `variables:`
 * takes. Every problem is a diagnostic with its line; a declaration with an error is left out and its name
 * listed as unusable (values for it are refused until it is fixed, not accepted unchecked), the others still
 * apply. Pure: never throws.
 */
export function parseKbVariables(text: string): KbVariables & { diagnostics: FileDiagnostic[] } {
  const yaml = parseYaml(text, KB_VARIABLES_FILE);
  const lineOf = (name: string) => yaml.positionOf([name]).line;
  const diagnostics = [...yaml.diagnostics];
  const at = (path: readonly PropertyKey[]) => ({ ...yaml.positionOf(path) });
  if (yaml.data === null || yaml.data === undefined) {
    const unreadable = diagnostics.some((d) => d.severity === 'error');
    return { declarations: {}, lineOf, diagnostics, unusable: unreadable ? 'all' : [] };
  }
  if (typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    diagnostics.push({
      line: 1,
      column: 1,
      severity: 'error',
      code: 'wrong-type',
      message: `${KB_VARIABLES_FILE} must be a mapping from variable names to their declarations`,
      hint: 'write one name per top-level key, e.g.\nIMAGE_REF:\n  description: Full image reference\n  example: ghcr.io/acme/api:1.4.2',
    });
    return { declarations: {}, lineOf, diagnostics, unusable: 'all' };
  }
  const declarations: Record<string, VariableDeclaration> = {};
  const unusable: string[] = [];
  for (const [name, raw] of Object.entries(yaml.data as Record<string, unknown>)) {
    const found = checkOne(name, raw).map((p) => ({ ...at(p.path), ...p.problem }));
    diagnostics.push(...found);
    if (found.some((d) => d.severity === 'error')) {
      unusable.push(name);
      continue;
    }
    declarations[name] = variableDeclarationSchema.parse(raw ?? {});
  }
  const cycle = compositionCycle(compositionsOf(declarations));
  if (cycle) {
    diagnostics.push({ line: lineOf(cycle[0]), column: 1, ...cycleProblem(cycle) });
    for (const name of cycle) delete declarations[name];
    unusable.push(...cycle);
  }
  return { declarations, lineOf, diagnostics, unusable };
}

type Located = { path: PropertyKey[]; problem: Omit<FileDiagnostic, 'line' | 'column'> };

function checkOne(name: string, raw: unknown): Located[] {
  if (!VARIABLE_NAME_PATTERN.test(name)) {
    const upper = name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
    return [
      {
        path: [name],
        problem: {
          severity: 'error',
          code: 'invalid-format',
          message: `"${name}" is not a variable name: names are upper-case letters and digits joined by single _`,
          hint: `write it as ${upper || 'IMAGE_REF'}, and __${upper || 'IMAGE_REF'}__ in the entries`,
        },
      },
    ];
  }
  const result = variableDeclarationSchema.safeParse(raw ?? {});
  if (!result.success) {
    return result.error.issues.flatMap((issue): Located[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
          const guess = didYouMean(key, VARIABLE_DECLARATION_KEYS);
          return {
            path: [name, key],
            problem: {
              severity: 'error',
              code: 'unknown-field',
              message: `unknown field "${name}.${key}"`,
              hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed fields: ${VARIABLE_DECLARATION_KEYS.join(', ')}`,
            },
          };
        });
      }
      const field = [name, ...issue.path.map(String)].join('.');
      return [
        {
          path: [name, ...issue.path],
          problem: {
            severity: 'error',
            code: 'wrong-type',
            message:
              issue.path.length === 0
                ? `"${name}" must be a mapping of fields, got ${JSON.stringify(raw)}`
                : `"${field}" must be text`,
            hint: `write it like\n${name}:\n  description: What the reader types\n  example: a-sample-value`,
          },
        },
      ];
    });
  }
  const declaration = result.data;
  const located: Located[] = declarationProblems(name, name, declaration).map((problem) => ({ path: [name], problem }));
  if (located.length > 0) return located;
  const rule = variableRule(name, declaration);
  for (const { field, value, message } of offFormatValues(rule, declaration)) {
    located.push({
      path: [name, field],
      problem: {
        severity: 'error',
        code: 'variable-example',
        message: `${name}.${field} "${value}" does not fit the variable's own format: ${message}`,
        hint: `change the ${field} or the pattern so that they agree`,
      },
    });
  }
  return located;
}
