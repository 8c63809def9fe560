// Escape sequences: CSI (colours, cursor moves) and OSC (titles, hyperlinks).
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** Removes ANSI escape codes (colours, cursor moves, OSC titles/links). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Pasted output as lines: ANSI removed, CRLF and lone CR as line breaks, trailing blanks trimmed. */
export function outputLines(text: string): string[] {
  const lines = stripAnsi(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
