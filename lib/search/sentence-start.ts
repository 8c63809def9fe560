/**
 * A string that opens a sentence (`Out of memory: Killed process ...`) names a message that starts there. A line where
 * its opening words stand in lower case after another word (`Memory cgroup out of memory: Killed process ...`) holds a
 * longer message whose own first words qualify it: the kernel's cgroup kill, a container's memory limit, not the
 * host running out. The string's other words match all the same, so without this the host's entry claims the line.
 * Browser-safe.
 *
 * Measured (thirty-eighth session, docs/benchmarks/search-holdout.md): on held-out sets v2-v85 (27,225 pastes) 64 of 76
 * wrong confident answers go (60 below the line, 4 now right), 1 unanswered paste is no longer claimed, and no right
 * answer moves; on foreign KBs f1-f47 beside the starter KB 1 wrong answer and 2 claims go, nothing is lost.
 */

/**
 * Log levels, which tools print in either case and after their own name (`npm error`, `rpc error`, `verify error`):
 * a string that opens with one (`Error response from daemon: …`) opens with a label, not a sentence. Read as
 * openings, they put 84 right answers of v2-v85 below the line.
 */
const LEVEL_WORDS: ReadonlySet<string> = new Set([
  'error',
  'warning',
  'warn',
  'fatal',
  'critical',
  'panic',
  'info',
  'debug',
  'notice',
]);

/** A capitalized word, a space, a lower-case word: a sentence's start (`Out of`; not `OOMKilled`, `Error:`, `ECDSA`). */
const SENTENCE_START = /^([A-Z][a-z]+) ([a-z]+)(?![\w-])/;

/**
 * The first two words of `text`, lower-case (`out of`), when the string opens a sentence with them and `firstToken`
 * (the string's first token as the index reads it) is the first; else null: a first word the index drops (`It is
 * required`), a level word, an identifier.
 */
export function sentenceOpening(text: string, firstToken: string | undefined): string | null {
  const start = SENTENCE_START.exec(text.trim());
  if (!start) return null;
  const word = start[1].toLowerCase();
  return word === firstToken && !LEVEL_WORDS.has(word) ? `${word} ${start[2]}` : null;
}

/**
 * The word before `opening` (from {@link sentenceOpening}: two lower-case words) when `line` has those words in lower
 * case right after another word and a space, and nowhere with the first capitalized (`cgroup` for `out of` in `Memory
 * cgroup out of memory`); else null. Linear in the line: each place the words stand is looked at once.
 */
export function wordBefore(opening: string, line: string): string | null {
  if (line.includes(opening[0].toUpperCase() + opening.slice(1))) return null;
  const needle = ` ${opening}`;
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
    if (WORD_CHAR.test(line[at + needle.length] ?? '')) continue;
    let start = at;
    while (start > 0 && LETTER.test(line[start - 1])) start--;
    if (at - start >= 2 && !WORD_CHAR.test(line[start - 1] ?? '')) return line.slice(start, at);
  }
  return null;
}

const LETTER = /^[A-Za-z]$/;
const WORD_CHAR = /^\w$/;
