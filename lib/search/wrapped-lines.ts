/**
 * Messages a tool wrapped over several lines with a hanging indent, read whole. Browser-safe, pure.
 *
 * A tool that wraps its own long messages repeats its prefix on each line and indents the continuation deeper
 * (Python's textwrap with a `subsequent_indent`, as nltk prints):
 *
 *     [nltk_data] Error loading punkt: <urlopen error [SSL:
 *     [nltk_data]     CERTIFICATE_VERIFY_FAILED] certificate verify failed:
 *     [nltk_data]     unable to get local issuer certificate
 *
 * Read line by line, no line holds the error string; read whole, the first line's number holds
 * `… [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate`. The lines are
 * still read one by one too.
 */

/** A line that starts with a prefix (no leading space), then space, then the message. */
const PREFIXED = /^(\S+)(\s+)(\S.*)$/;

/** A wrapped message never runs longer than this many lines (a prefix repeated on every line of a log is no wrap). */
const MAX_WRAPPED_LINES = 12;

/**
 * For each run of lines where every line after the first repeats the first line's prefix and indents its text deeper
 * than the first line did, the run joined into one line (prefix, then each line's text, one space apart), under the
 * first line's number, with the last line's as `through`. `lines`: the paste's lines with their 0-based numbers, in order.
 */
export function wrappedMessages(
  lines: ReadonlyArray<readonly [number, string]>,
): Array<{ line: number; text: string; through: number }> {
  const joined: Array<{ line: number; text: string; through: number }> = [];
  let i = 0;
  while (i < lines.length) {
    const head = PREFIXED.exec(lines[i][1]);
    let end = i + 1;
    if (head) {
      while (end < lines.length && end - i < MAX_WRAPPED_LINES && lines[end][0] === lines[end - 1][0] + 1) {
        const next = PREFIXED.exec(lines[end][1]);
        if (!next || next[1] !== head[1] || next[2].length <= head[2].length) break;
        end++;
      }
    }
    if (head && end - i > 1) {
      const parts = lines.slice(i + 1, end).map(([, text]) => PREFIXED.exec(text)![3].trim());
      joined.push({ line: lines[i][0], text: [lines[i][1].trimEnd(), ...parts].join(' '), through: lines[end - 1][0] });
    }
    i = end;
  }
  return joined;
}
