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
 * still read one by one too. So is prose a tool or a terminal wrapped at its width with no indent at all
 * ({@link softWrappedMessages}).
 */

/** A line that starts with a prefix (no leading space), then space, then the message. */
const PREFIXED = /^(\S+)(\s+)(\S.*)$/;

/** A wrapped message never runs longer than this many lines (a prefix repeated on every line of a log is no wrap). */
const MAX_WRAPPED_LINES = 12;

/** A message read whole: its text, under its first line's 0-based number, with its last line's as `through`. */
export interface WrappedMessage {
  line: number;
  text: string;
  through: number;
}

/** The paste's lines with their 0-based numbers, in order. */
type NumberedLines = ReadonlyArray<readonly [number, string]>;

/**
 * For each run of lines where every line after the first repeats the first line's prefix and indents its text deeper
 * than the first line did, the run joined into one line (prefix, then each line's text, one space apart).
 */
export function wrappedMessages(lines: NumberedLines): WrappedMessage[] {
  const prefixed = lines.map(([, text]) => PREFIXED.exec(text));
  return joinRuns(
    lines,
    (first, next) => {
      const head = prefixed[first];
      const line = prefixed[next];
      return head !== null && line !== null && line[1] === head[1] && line[2].length > head[2].length;
    },
    (n) => prefixed[n]![3].trim(),
  );
}

/**
 * Each run of adjacent lines (at most {@link MAX_WRAPPED_LINES}) where `goesOn(first, next)` holds for every line after
 * the first (both indexes into `lines`), joined: the first line as it stands, then `rest(n)` of each other line n, one
 * space apart.
 */
function joinRuns(
  lines: NumberedLines,
  goesOn: (first: number, next: number) => boolean,
  rest: (n: number) => string,
): WrappedMessage[] {
  const joined: WrappedMessage[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i + 1;
    while (
      end < lines.length &&
      end - i < MAX_WRAPPED_LINES &&
      lines[end][0] === lines[end - 1][0] + 1 &&
      goesOn(i, end)
    )
      end++;
    if (end - i > 1) {
      const parts: string[] = [];
      for (let n = i + 1; n < end; n++) parts.push(rest(n));
      joined.push({ line: lines[i][0], text: [lines[i][1].trimEnd(), ...parts].join(' '), through: lines[end - 1][0] });
    }
    i = end;
  }
  return joined;
}

/**
 * A line a terminal or a tool wrapped at its width is at least this long (Terraform wraps its diagnostics at 78
 * columns; Python's textwrap at 70).
 */
const MIN_WRAPPED_WIDTH = 60;

/** Terraform's box drawn down the left of a diagnostic (`│ `): a frame, not text. */
const BOX = /^\s*│\s?/;

/** A line that ends a sentence or opens a list or a block: the next line starts anew. */
const ENDS_SENTENCE = /[.!?:;{[(]$/;

/**
 * Messages wrapped at a width with no indent to tell the continuation (Terraform, without and inside its box):
 *
 *     Could not retrieve the list of available versions for provider
 *     hashicorp/sentry: provider registry registry.terraform.io does not have a
 *     provider named registry.terraform.io/hashicorp/sentry
 *
 * A run of adjacent lines, each but the last at least {@link MIN_WRAPPED_WIDTH} long with no sentence end, each after
 * the first at the first's indent (or, under a numbered or bulleted item, at its text's) and starting lower case or
 * with a value (not a bracket, a `word:` prefix or the first line's own first word, which start a record of their
 * own; a capital only after a word no sentence ends with, `… of the` / `Android APIs.`), joined as
 * {@link wrappedMessages} does. Found on another team's KB (f21: a Terraform paste whose provider message spans three
 * lines, Gradle's numbered AAR metadata issue over three); measured on v2-v57 and f1-f20: 2 and 3 fewer pastes below
 * the confidence line, nothing else moved once typed commands, table rows, compiler command lines and `word:` prefixes
 * were kept apart (before that, 6 more uncovered pastes confident); the items and the capital after a function word
 * moved f21's Gradle paste alone.
 */
export function softWrappedMessages(lines: NumberedLines): WrappedMessage[] {
  // Each line read once, and read for prose only after a line that may wrap: a long paste has hundreds of lines.
  const texts = lines.map(([, text]) => unboxed(text));
  const prose: Array<boolean | undefined> = [];
  const isProseAt = (n: number) => (prose[n] ??= isProse(texts[n]));
  return joinRuns(
    lines,
    (first, next) =>
      wraps(texts[next - 1]) &&
      isProseAt(next - 1) &&
      isProseAt(next) &&
      continues(texts[first], texts[next - 1], texts[next]),
    (n) => texts[n].trim(),
  );
}

function unboxed(line: string): string {
  return line.replace(BOX, '').trimEnd();
}

/** A line long enough to have been wrapped, that ends no sentence. */
function wraps(line: string): boolean {
  return line.length >= MIN_WRAPPED_WIDTH && !ENDS_SENTENCE.test(line);
}

/** The next line goes on with the message that `head` started and `previous` last held. */
function continues(head: string, previous: string, next: string): boolean {
  const text = next.trimStart();
  const at = indent(next);
  if (text === '' || (at !== indent(head) && at !== textIndent(head))) return false;
  const word = firstWord(text);
  const starts = /^[\p{Ll}/"'`]/u.test(text) || (/^\p{Lu}/u.test(text) && MID_SENTENCE.test(previous));
  return starts && !/^[\p{L}\p{N}_-]+:$/u.test(word) && word !== firstWord(head.trimStart());
}

/** A line ending in a word no sentence ends with: the next line goes on with it, a capital (a name) or not. */
const MID_SENTENCE = /\b(?:a|an|the|of|to|for|and|or|in|on|at|by|with|from|that|is|are)$/i;

/**
 * Text: most of its words words (not a compiler's flags and paths), not a command typed after a prompt (`$ docker run
 * …`) nor a table's row (columns apart by runs of spaces). A wrap never ends or starts one of those.
 */
function isProse(line: string): boolean {
  const text = line.trimStart();
  if (/^(?:[$#>]\s|PS\s)/.test(text) || /\S {3,}\S/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.filter((word) => /^["'(]?\p{L}+[)"',.:;!?]*$/u.test(word)).length * 2 >= words.length;
}

const firstWord = (text: string) => text.split(/\s/, 1)[0];

const indent = (text: string) => text.length - text.trimStart().length;

/** A numbered or bulleted item (`1.  Dependency …`, `- …`): its wrapped lines line up with its text, not its marker. */
const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*•])\s+/;

/** Where a line's text starts: after its list marker, if it is an item. */
function textIndent(line: string): number {
  return LIST_MARKER.exec(line)?.[0].length ?? indent(line);
}
