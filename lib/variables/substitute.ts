import { placeholderRegex, isLanguageMacro } from './placeholders';

/** Values typed by the reader, keyed by variable name (`IMAGE_NAME`, without underscores). */
export type VariableValues = Readonly<Record<string, string>>;

/**
 * Replaces each `__NAME__` placeholder that has a non-empty value in `values` with that value,
 * in one pass: a value is inserted as typed (`$&`, `__OTHER__` inside it stay literal).
 * Placeholders without a value and language macros (`__FILE__`) are left as written;
 * every character outside a placeholder is kept.
 */
export function substitute(template: string, values: VariableValues): string {
  return template.replace(placeholderRegex(), (raw: string, name: string) => {
    if (isLanguageMacro(name)) return raw;
    const value = Object.hasOwn(values, name) ? values[name] : '';
    return value === '' ? raw : value;
  });
}

/** Names of the variables in `template` that have no non-empty value, in order of first use. */
export function unfilledVariables(template: string, values: VariableValues): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(placeholderRegex())) {
    const name = match[1];
    if (isLanguageMacro(name)) continue;
    if (!Object.hasOwn(values, name) || values[name] === '') names.add(name);
  }
  return [...names];
}

/**
 * The values to use on a page: what the reader typed, falling back to declared defaults
 * for names the reader left empty.
 */
export function withDefaults(values: VariableValues, defaults: VariableValues): Record<string, string> {
  const merged: Record<string, string> = { ...defaults };
  for (const [name, value] of Object.entries(values)) if (value !== '') merged[name] = value;
  return merged;
}

/**
 * Joins several command templates into one script, one blank line between steps. No trailing
 * newline, so a paste into a terminal does not run the last line before the reader looks at it.
 */
export function joinScript(templates: readonly string[]): string {
  return templates
    .map((t) => t.trimEnd())
    .filter((t) => t !== '')
    .join('\n\n');
}
