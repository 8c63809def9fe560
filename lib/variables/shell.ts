import type { ShellKind } from './quote';

/** Characters both POSIX shells and PowerShell treat specially, with display names (listed first, in this order). */
const COMMON: ReadonlyArray<readonly [string, string]> = [
  [' ', 'space'],
  ['\t', 'tab'],
  ['\n', 'line break'],
  [';', ';'],
  ['|', '|'],
  ['&', '&'],
  ['$', '$'],
  ['`', 'backtick'],
  ["'", "'"],
  ['"', '"'],
  ['<', '<'],
  ['>', '>'],
  ['(', '('],
  [')', ')'],
];
const same = (chars: string): ReadonlyArray<readonly [string, string]> => [...chars].map((c) => [c, c]);

/** Characters a POSIX shell (bash, sh, zsh) treats specially. */
const POSIX = [...COMMON, ...same('\\{}[]*?~!#')];
/** Characters PowerShell treats specially, including its typographic quotes. */
const POWERSHELL = [...COMMON, ...same('{}@#,‘’“”*?~')];

/** The shell metacharacters found in `value`, named for display (`space`, `;` …), in a fixed order. */
export function shellMetacharacters(value: string, shell: ShellKind = 'posix'): string[] {
  const table = shell === 'powershell' ? POWERSHELL : POSIX;
  return table.filter(([char]) => value.includes(char)).map(([, label]) => label);
}

/**
 * A warning for a value the shell would not read as one plain word, or null. Such a value is
 * quoted for the block's shell when copied, so the shell reads it as text and never runs it.
 */
export function shellWarning(value: string): string | null {
  const found = shellMetacharacters(value);
  if (found.length === 0) return null;
  return `Contains shell characters (${found.join(' ')}): copies put it in quotes so the shell reads it as text; check it is the value you meant.`;
}
