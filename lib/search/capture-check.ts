import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { findVariables } from '../variables/placeholders';
import { capturePattern } from './capture';

/**
 * Checks the capture syntax of an entry's error strings: a `__NAME__` placeholder in a symptom must
 * name a variable of the entry (one its commands use or its `variables:` declare), and a string may
 * hold at most four. For `kb validate`; pure.
 */
export function checkCapturePlaceholders(entry: EntryModel): FileDiagnostic[] {
  const known = new Set([...entry.variables, ...Object.keys(entry.meta.variables)]);
  const found: FileDiagnostic[] = [];
  for (const symptom of entry.symptoms) {
    for (const text of symptom.errors) {
      const names = findVariables(text);
      for (const name of names.filter((n) => !known.has(n))) {
        found.push({
          line: symptom.line,
          column: 1,
          severity: 'error',
          code: 'capture-unknown-variable',
          message: `the error string \`${text}\` captures __${name}__, which is no variable of this entry`,
          hint:
            known.size > 0
              ? `use one of the entry's variables (${[...known].map((n) => `__${n}__`).join(', ')}), or write ... for a part that varies but feeds no command`
              : 'write ... for a part that varies; a placeholder captures a value only for a variable the commands use',
        });
      }
      if (names.length > 0 && capturePattern(text) === null) {
        found.push({
          line: symptom.line,
          column: 1,
          severity: 'error',
          code: 'capture-too-many',
          message: `the error string \`${text}\` holds ${names.length} placeholders; at most 4 can capture`,
          hint: 'keep placeholders for the values the commands need and write ... for the rest',
        });
      }
    }
  }
  return found;
}
