import type { ShellKind } from './quote';

/** Characters a POSIX shell (bash, sh, zsh) treats specially, with display names. */
const POSIX: ReadonlyArray<readonly [string, string]> = [
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
  ['\\', '\\'],
  ['{', '{'],
  ['}', '}'],
  ['[', '['],
  [']', ']'],
  ['*', '*'],
  ['?', '?'],
  ['~', '~'],
  ['!', '!'],
  ['#', '#'],
];
/** Characters PowerShell treats specially, including its typographic quotes. */
const POWERSHELL: ReadonlyArray<readonly [string, string]> = [
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
  ['{', '{'],
  ['}', '}'],
  ['@', '@'],
  ['#', '#'],
  [',', ','],
  ['‘', '‘'],
  ['’', '’'],
  ['“', '“'],
  ['”', '”'],
  ['*', '*'],
  ['?', '?'],
  ['~', '~'],
];

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
