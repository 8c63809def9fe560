import type { Diagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { indexEntries } from './build';
import { createSearchEngine, memoryLoader } from './engine';
import { WILDCARD_SOURCE } from './normalize';
import { loneOrdinaryWord } from './weak-string-check';

/**
 * Match tests (issue 8 item 6): each symptom error string and each `match:` example, searched as a reader would paste it,
 * must rank its own entry first against the whole KB. Where another entry wins or ties, a
 * `symptom-overlap` warning names both, so authors see overlaps before readers do. Where the entry is first but its own
 * string does not make it a confident match, because the string's words are too common or the line reads as no error
 * (`docker run`, `code: 'EADDRINUSE'`), an `error-string-not-telling` warning says so: search will only ever list the
 * entry among the closest for that line.
 */

/**
 * Below this many entries `error-string-not-telling` is not reported: how telling a word is comes from how few entries
 * hold it, which says little in a KB of a handful (in a KB of two, every shared word is common).
 */
const MIN_ENTRIES_TO_JUDGE_WORDS = 10;

/** Placeholders and wildcards in an error string, replaced by a neutral word when it is used as a query. */
const VARIABLE_PARTS = new RegExp(`__[A-Z][A-Z0-9_]*__|${WILDCARD_SOURCE}`, 'g');

/** The warning for a string that ranks its entry first but never makes it a confident match. */
function notTelling(
  file: string,
  line: number,
  what: string,
  text: string,
  failure: 'not-telling' | 'not-error-line' | 'command',
): Diagnostic {
  return {
    file,
    line,
    column: 1,
    severity: 'warning',
    code: 'error-string-not-telling',
    message:
      failure === 'not-telling'
        ? `${what} \`${text}\` is not telling enough: its words are common to many entries or read as values (a quoted part, a path), so search never takes a line with it as this entry's error`
        : failure === 'command'
          ? `${what} \`${text}\` is a command (a program the KB's commands run, and its words): any failure of that command shows them, so search never takes a line with it as this entry's error`
          : `${what} \`${text}\` reads as no error and is too short to make a line one: search never takes a line with it as this entry's error`,
    hint: 'quote the whole line the tool prints, with the words that name the error, and write the rest (a command, a field) as prose',
  };
}

/** Warnings for the error strings of `entries` that do not rank their own entry first. `fileOf` gives the path to report. */
export async function matchTestWarnings(
  entries: readonly EntryModel[],
  fileOf: (entry: EntryModel) => string = (e) => e.file,
  matchLineOf: (entry: EntryModel, index: number) => number = () => 1,
): Promise<Diagnostic[]> {
  const engine = createSearchEngine(memoryLoader(indexEntries(entries)));
  const warnings: Diagnostic[] = [];
  for (const entry of entries) {
    const queries = [
      ...entry.symptoms.flatMap((symptom) =>
        symptom.errors.map((text) => ({ text, line: () => symptom.line, what: 'the error string' })),
      ),
      // A match item's line is looked up (a file read in the CLI) only when it gets a warning.
      ...entry.meta.match.map((m, i) => ({
        text: m.example,
        line: () => matchLineOf(entry, i),
        what: 'the match example',
      })),
    ];
    for (const { text, line, what } of queries) {
      const query = text.replace(VARIABLE_PARTS, ' x ').trim();
      if (query.replace(/x/g, '').trim() === '') continue;
      const { results } = await engine.search(query, 3, { explain: true });
      const own = results.findIndex((r) => r.id === entry.id);
      const first = results[0];
      if (!first) continue;
      const tie = own > 0 && results[own].score === first.score && results[own].confident === first.confident;
      if (own === 0 && !(results[1] && results[1].score === first.score && results[1].confident === first.confident)) {
        const failure = first.why?.failure;
        // A one-word string has its own warning (`error-string-weak`, lib/search/weak-string-check.ts).
        const judged = entries.length >= MIN_ENTRIES_TO_JUDGE_WORDS && loneOrdinaryWord(text) === null;
        if (judged && (failure === 'not-telling' || failure === 'not-error-line' || failure === 'command'))
          warnings.push(notTelling(fileOf(entry), line(), what, text, failure));
        continue;
      }
      const other = own === 0 ? results[1] : first;
      warnings.push({
        file: fileOf(entry),
        line: line(),
        column: 1,
        severity: 'warning',
        code: 'symptom-overlap',
        message: `${what} \`${text}\` of ${entry.id} ${own === 0 || tie ? 'ties with' : 'ranks below'} ${other.id} when searched`,
        hint: `make the string more specific to ${entry.id} (the whole line as the tool prints it), or link the two entries with related_kb if both apply`,
      });
    }
  }
  return warnings;
}
