import type { DiagnosticCode, FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { checkPatternSafety } from '../variables/redos';
import { compileMatch, groupNames } from './match-patterns';

/**
 * Checks an entry's `match:` list: each pattern compiles, cannot backtrack catastrophically, names
 * only variables of the entry in its groups, and matches its own `example`. For `kb validate`; pure.
 * `positionOf` finds a frontmatter field's line.
 */
export function checkMatchPatterns(
  entry: EntryModel,
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number },
): FileDiagnostic[] {
  const known = new Set([...entry.variables, ...Object.keys(entry.meta.variables)]);
  const found: FileDiagnostic[] = [];
  entry.meta.match.forEach(({ pattern, example }, i) => {
    const at = positionOf(['match', i, 'pattern']);
    const error = (code: DiagnosticCode, message: string, hint: string) =>
      found.push({ ...at, severity: 'error', code, message, hint });
    const compiled = compileMatch(pattern);
    if (!compiled.ok) {
      error(
        'match-pattern',
        `match[${i}].pattern is not a valid regular expression: ${compiled.error}`,
        'write a JavaScript regular expression without slashes; in YAML use single quotes so backslashes stay as written',
      );
      return;
    }
    // Checked anchored, as variable patterns are: the scan along a line adds at most a factor of its length,
    // which MAX_PATTERN_CHARS bounds. The analyser's parser does not read named groups; as plain groups they
    // backtrack the same way.
    const plain = pattern.replace(/(?<!\\)\(\?<([A-Za-z_]\w*)>/g, '(');
    const verdict = checkPatternSafety(new RegExp(`^(?:${plain})$`, 'i'));
    if (!verdict.safe) {
      error(
        'match-pattern-slow',
        `match[${i}].pattern can backtrack catastrophically: ${verdict.reason}`,
        'match each value with one bounded class, e.g. (?<PORT>\\d{1,5}) or (?<HOST>[^\\s:]+), and do not nest repetition',
      );
      return;
    }
    for (const name of groupNames(compiled.regex).filter((n) => !known.has(n))) {
      error(
        'capture-unknown-variable',
        `match[${i}].pattern captures (?<${name}>…), which is no variable of this entry`,
        known.size > 0
          ? `name the group after one of the entry's variables (${[...known].join(', ')}), or make it a plain group (…)`
          : 'name a group after a variable the commands use (__NAME__), or make it a plain group (…)',
      );
    }
    if (!compiled.regex.test(example)) {
      found.push({
        ...positionOf(['match', i, 'example']),
        severity: 'error',
        code: 'match-example',
        message: `match[${i}].pattern does not match its own example "${example}"`,
        hint: 'paste a real line the tool prints as the example, and make the pattern match it',
      });
    }
  });
  return found;
}
