/**
 * The tool output a structured log line carries as a JSON string. Ansible prints
 * `fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: …\r\n@ WARNING: …"}`,
 * Docker's json-file log `{"log":"exec /app: exec format error\n","stream":"stderr"}`, pino `{"level":50,"msg":"…"}`:
 * the error is inside the quotes, often several lines joined by `\n` escapes. Read as it stands, the whole line is one
 * chain whose last element is `false, "msg"`, and the quoted message is masked as a value. Browser-safe.
 */

/** Keys whose string value is a message: what a tool printed or logged, not a name or a setting. */
const MESSAGE_KEY = /^(?:module_)?(?:msg|message|error|err|stderr|stdout|log|reason|stack)$/i;

/** Keys that say their message is an error, as an `error:` prefix does in plain text. */
const ERROR_KEY = /^(?:module_)?(?:error|err|stderr)$/i;

/** A structured log's level field saying error, as `level=error` does in logfmt (bunyan and pino write 50 and 60). */
const ERROR_LEVEL = /"(?:level|lvl|severity)"\s*:\s*(?:"(?:error|err|fatal|critical|crit|panic|alert|emerg)"|[56]0\b)/i;

/** One line read out of a paste's line, and what its structure says of it: an error field, an error level, nothing. */
export interface MessageLine {
  text: string;
  said: 'error' | 'level' | null;
}

/**
 * A JSON string field. The value may run to the end of the line unclosed: a line cut at its length limit keeps its
 * message. The value pattern has one way to match each character, so a scan is linear.
 */
const JSON_FIELD = /"(\w+)"\s*:\s*"((?:[^"\\]|\\.)*)(?:"|$)/g;

/**
 * A system error's field in a JSON object (`"code":"EACCES"`, `"errno":-13`, `"syscall":"listen"`, `"port":80`): the
 * keys Node gives every system error, read as frames in plain text too (signals.ts `FRAME_PATTERNS`). One way to match
 * each character, so a scan is linear.
 */
const SYSTEM_ERROR_FIELD =
  /"(?:errno|code|syscall|path|dest|address|port|hostname)"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?\d+)/g;

/** At most this many message lines are taken from one line of a paste; the rest stays joined on the last. */
export const MAX_MESSAGE_LINES = 20;

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: ' ',
  f: ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/**
 * The line's text outside its message fields, then each line of each message, in order, then each system error field
 * found outside them (`"code":"EACCES"`) alone. A line without a message field comes back alone and unchanged. Values
 * are unescaped as JSON strings (`\"` → `"`, `\n` ends a line); an unknown escape is kept as written.
 */
export function messageLines(line: string): MessageLine[] {
  if (!line.includes('"')) return [{ text: line, said: null }];
  const messages: Array<{ text: string; key: string }> = [];
  let outside = '';
  let from = 0;
  for (const field of line.matchAll(JSON_FIELD)) {
    if (!MESSAGE_KEY.test(field[1])) continue;
    outside += line.slice(from, field.index);
    from = field.index + field[0].length;
    for (const text of unescapeJson(field[2]).split(/\r\n|\r|\n/)) messages.push({ text, key: field[1] });
  }
  if (messages.length === 0) return [{ text: line, said: null }];
  outside += line.slice(from);
  const level = ERROR_LEVEL.test(outside) ? ('level' as const) : null;
  const lines: MessageLine[] = [
    { text: outside.replace(SYSTEM_ERROR_FIELD, ' '), said: null },
    ...messages.map(({ text, key }) => ({ text, said: ERROR_KEY.test(key) ? ('error' as const) : level })),
  ].filter((l) => l.text.trim() !== '');
  // The error object's own fields repeat its message (`"code":"EACCES","syscall":"listen"`): each is read as a line
  // of its own after the message, as Node prints them under it, so they rank but never decide (signals.ts reads them
  // as frames).
  const fields = [...outside.matchAll(SYSTEM_ERROR_FIELD)].map(([text]) => ({ text, said: null }));
  if (lines.length <= MAX_MESSAGE_LINES + 1) return [...lines, ...fields];
  const rest = lines.slice(MAX_MESSAGE_LINES);
  return [
    ...lines.slice(0, MAX_MESSAGE_LINES),
    { text: rest.map((l) => l.text).join(' '), said: rest.at(-1)!.said },
    ...fields,
  ];
}

function unescapeJson(value: string): string {
  return value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (escape, code: string) =>
    code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : (ESCAPES[code] ?? escape),
  );
}
