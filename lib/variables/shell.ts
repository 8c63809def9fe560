/** Characters a POSIX shell treats specially: a value holding one is pasted as typed, not quoted. */
const METACHARACTERS: ReadonlyArray<readonly [string, string]> = [
  [' ', 'space'], ['\t', 'tab'], ['\n', 'line break'], [';', ';'], ['|', '|'], ['&', '&'], ['$', '$'],
  ['`', 'backtick'], ["'", "'"], ['"', '"'], ['<', '<'], ['>', '>'], ['(', '('], [')', ')'], ['\\', '\\'],
];

/** The shell metacharacters found in `value`, named for display (`space`, `;` …), in a fixed order. */
export function shellMetacharacters(value: string): string[] {
  return METACHARACTERS.filter(([char]) => value.includes(char)).map(([, label]) => label);
}

/**
 * A warning for a value the shell would not read as one plain word, or null. Nothing is quoted
 * for the reader: the value goes into the command exactly as typed.
 */
export function shellWarning(value: string): string | null {
  const found = shellMetacharacters(value);
  if (found.length === 0) return null;
  return `Contains shell characters (${found.join(' ')}): it will be pasted exactly as typed, not quoted.`;
}
