/**
 * Makes text from an entry or a file name safe to print on a terminal: C0 and C1 control characters
 * other than newline and tab (ESC starts colour, cursor and OSC title sequences) become visible `\xNN`
 * escapes, so content cannot recolour, move the cursor, set the window title or fake a line.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
