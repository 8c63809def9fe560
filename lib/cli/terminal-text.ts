/**
 * Makes text from an entry or a file name safe to print on a terminal: C0 and C1 control characters
 * other than newline and tab (ESC starts colour, cursor and OSC title sequences) become visible `\xNN`
 * escapes, so content cannot recolour, move the cursor, set the window title or fake a line.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Like `terminalSafe`, for text that must stay on one line (file names, messages): newlines and tabs are escaped too. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** A diagnostic whose every field is safe to print: a file name cannot fake an "all good" line or set the window title. */
export function safeDiagnostic<D extends { file: string; message: string; hint: string }>(d: D): D {
  return { ...d, file: terminalSafeLine(d.file), message: terminalSafeLine(d.message), hint: terminalSafeLine(d.hint) };
}
