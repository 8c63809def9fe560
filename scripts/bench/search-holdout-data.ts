/**
 * The held-out benchmark's data: the starter KB (content/) plus the near-miss distractor entries
 * (tests/fixtures/search/distractors/), the labelled held-out pastes (holdout-v2.json) and the
 * uncovered pastes no entry answers (uncovered-v2.json). Shared by the benchmark and its test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKb } from '../../lib/content/kb';
import type { EntryModel } from '../../lib/content/model';
import { parseCases, type AccuracyCase } from '../../lib/search/evaluate';
import { placeholderRegex } from '../../lib/variables/placeholders';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/search');

/** A paste that no entry of the starter KB or the distractors answers. */
export interface UncoveredCase {
  query: string;
  source: string;
}

/** Starter entries and distractor entries together, sorted by id; throws when either folder has errors. */
export async function loadHoldoutKb(): Promise<{ entries: EntryModel[]; starter: number; distractors: number }> {
  const starter = await loadKb(path.join(ROOT, 'content'));
  const distractors = await loadKb(path.join(FIXTURES, 'distractors'));
  const errors = [...starter.diagnostics, ...distractors.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`held-out KB has errors: ${errors.map((d) => `${d.file}: ${d.message}`).join('; ')}`);
  const entries = [...starter.entries, ...distractors.entries].sort((a, b) => a.id.localeCompare(b.id));
  return { entries, starter: starter.entries.length, distractors: distractors.entries.length };
}

/**
 * Which held-out set: v2 (69 pastes, 20 uncovered), collected before issue 8's ranking changes; v3 (30
 * pastes, 12 uncovered), collected before the chain-tail rule of signals.ts changed, and never used to tune it;
 * v4 (161 pastes, 39 uncovered), written by a session that never read the engine, before the wildcard-slot,
 * size-unit and structured-field rules; v5 (227, 51) and v6 (224, 52), written blind, v6 while the fifth session's
 * changes were made and first run after them; v7 (230, 53), written blind from a copy of the entries taken at the
 * sixth session's start, first run after that session's rule; v8 (230, 54), written blind from a copy taken before
 * that session's added wordings, first run after them; v9 (229, 54), written blind from a copy taken before generic
 * lines left the starter KB's error strings, first run after that; v10 (232, 54), written blind from a copy taken at
 * the seventh session's start, measured before and after that session's one-word rule; v11 (235, 57), written blind from a
 * copy taken in the eighth session, first run with no change after it; v12 (234, 56) and v13 (235, 56), written blind in
 * the ninth session; v14 (237, 57), written blind in the tenth and first run, with no change, in the eleventh; v15 (238,
 * 58), written blind in the eleventh and measured before and after its system-message rule; v16 (286, 94), written blind
 * in the twelfth from the entries at 53ea2e3 and measured before and after its boilerplate and telling-line rules; v17
 * (310, 93), written blind in the twelfth from the entries at 133953d, after its three ranking rules, and run first at
 * the session's start and at 133953d; v18 (346, 92), written blind in the twelfth from the entries at db66ed9 and run
 * first in the thirteenth, before and after its head-alone rule; v19 (345, 88), written blind in the thirteenth and
 * measured before and after its telling-line-tail rule; v20 (336, 92), written blind in the thirteenth and measured in
 * the fourteenth before and after its boilerplate changes; v21 (355, 152), written blind in the fourteenth and measured
 * before and after its `too` and npm `match:` changes; v22 (359, 158), written blind in the fifteenth from the entries
 * at 9a401ac, measured at b8683d0, 9a401ac and after that session's value-shape, wrapper, nginx and wording changes;
 * v23 (382, 188), written blind from the entries at 7fa2929 (the labelled half in the fifteenth session, the uncovered
 * half in the sixteenth) and measured in the sixteenth at 7fa2929, ae87cf4 and 375b6fb before its wordings; v24 (338, 192),
 * written blind from the entries at 375b6fb (the labelled half in the sixteenth session, the uncovered half in the
 * seventeenth) and run first in the seventeenth at 375b6fb and 93575e2;
 * v25 (353, 190), written blind in the seventeenth from the entries at 93575e2 and run at 93575e2 and after that
 * session's changes; v26 (354, 196), written blind in the seventeenth from the entries at 6b7db98 and run first in the
 * eighteenth; v27 (350, 193), written blind in the eighteenth from the entries at b0404af and measured before and after
 * its foreign-word rule; v28 (350, 196), written blind in the eighteenth from the entries at b0404af and measured before
 * and after its rules and wordings; v29 (350, 197), written blind in the eighteenth from the entries at 1968173 and
 * measured before and after its last wording; v30 (350, 194), written blind in the eighteenth from the entries at b54489e and
 * run first in the nineteenth, before and after the starter entries' translated wordings; v31 (350, 195), written blind in
 * the nineteenth from the entries at 7866b04 and measured before and after those wordings; v32 (350, 195), written blind in
 * the nineteenth from the entries at 000d957 and run before and after its wrapped-message reading; v33 (350, 195), written
 * blind in the nineteenth from the same entries and run before and after its same-line ordering; v34 (350, 196), written
 * blind in the nineteenth from the entries at 45f3e5b and run before and after its last two wordings; v35 (350, 195),
 * written blind in the nineteenth from the entries at 13dcb45 and run in the twentieth before and after its error word;
 * v36 (350, 194), written blind in the twentieth from the entries at 65b0af3 and run before and after its error word and
 * its reading of a JSON error object's fields; v37 (350, 195), written blind in the twentieth from the entries at 7ba6923
 * and run before and after its parentheses and identifier rules; v38 (350, 196), written blind in the twentieth from the
 * entries at 684f6f4 and run in the twenty-first before and after its preemption clause; v39 (350, 197), written blind in
 * the twenty-first from the entries at 0602730 and run before and after its carriage-return rule; v40 (350, 197), written
 * blind in the twenty-first from the entries at b6b094b and run before and after its last three changes; v41 (350, 200),
 * written blind in the twenty-first from its last entries and run before and after its error word; v42 (350, 195),
 * written blind in the twenty-first from its last entries and run in the twenty-second before and after its three rules;
 * v43 (350, 195), written blind in the twenty-second from the entries at 0a34eb8 and run in the twenty-third before and
 * after its errno wordings; v44 (350, 195), written blind in the twenty-third from the entries at d0849e8 and run without and
 * with those wordings; v45 (350, 196), written blind in the twenty-third from the entries at d0849e8 and run before and
 * after its value slots; v46 (350, 195), written blind in the twenty-third from the same entries and run in the
 * twenty-fourth before and after its three rules; v47 (350, 195), written blind in the twenty-fourth from the same entries
 * and run at b2776db and after those rules; v48 (350, 195), written blind in the twenty-fourth from the same entries and
 * run at 7f61593 and after its typed-command rule; v49 (350, 195), written blind in the twenty-fourth from the same
 * entries and run at 0153b13 and with a rule that was dropped; v50 (350, 195), written blind in the twenty-fourth from the
 * same entries and run in the twenty-fifth at 5eb0ac6 and with its counter items; v51 (350, 195), written blind in the
 * twenty-fifth from the same entries and run at 5eb0ac6, with its counter items and with its exception-class rule; v52
 * (350, 195), written blind in the twenty-fifth from the same entries and run at e12aaf7 and with its wrapper lines; v53
 * (350, 195), written blind in the twenty-fifth from the same entries and run in the twenty-sixth at b3c20be and with
 * its shouted labels; v54 (350, 195), written blind in the twenty-sixth from the same entries and run at c9a872e and
 * with its example domains; v55 (350, 195), written blind in the twenty-sixth from the same entries and run in the
 * twenty-seventh at 7ecb897 and with its wrapper lines and apt's `E:`; v56 (350, 194), written blind in the
 * twenty-seventh from the same entries and run at 7ecb897 and with the same rules; v57 (350, 195), written blind in the
 * twenty-seventh from the same entries and run at eadc7e8 and with `exceeded` and a paste's last lines looked up; v58
 * (350, 193), written blind in the twenty-seventh from the same entries and run in the twenty-eighth at 0c1deb7 and with
 * its wrapper lines and wrapped prose; v59 (350, 194), written blind in the twenty-eighth from the same entries and run
 * at 0c1deb7 and with the same rules; v60 (350, 195), written blind in the twenty-eighth from the same entries and run
 * at 0c1deb7 and with all its rules, Gradle's task line and wrapped items among them; v61 (350, 195), written blind in
 * the twenty-eighth from the same entries and run at 0c1deb7 and with the same rules, apt's closing lines and nginx's
 * request context in an entry's string among them; v62 (350, 195), written blind in the twenty-eighth from the same
 * entries and run in the twenty-ninth at 141c7ff and with its rules (the JVM's lead-in, npm's rejected operation, a
 * value quoted in place); v63 (350, 195), written blind in the twenty-ninth from the entries at 141c7ff and run there
 * and with the same rules; v64 (350, 194), written blind in the twenty-ninth from the same entries (the npm entry as
 * rewritten) and run at da06079 and with its later wrapper lines; v65 (350, 194), written blind in the twenty-ninth from
 * the entries at da06079 and run at 99d2d04 and with Maven's goal line; v66 (350, 195), written blind in the twenty-ninth
 * from the entries at 99d2d04 and run in the thirtieth at ca60ee0 and with translated error words; v67 (350, 195),
 * written blind in the thirtieth from the same entries and run there before and after negated states as error words;
 * v68 (350, 195), written blind in the thirtieth from the same entries and run there before and after an errno in
 * parentheses kept in a chain's tail; v69 (350, 195), written blind in the thirtieth from the same entries and run in
 * the thirty-first before and after a placeholder glued into a word; v70 (350, 195), written blind in the thirty-first
 * from the same entries and run there before and after a .NET namespace read as a value; v71 (350, 194), written blind
 * in the thirty-first from the same entries and run in the thirty-second before and after a named placeholder read as
 * one value; v72 (350, 195), written blind in the thirty-second from the same entries and run there before and after an
 * address against a path; v73 (350, 195), written blind in the thirty-second from the same entries and run in the
 * thirty-third before and after the pull-access entry's `match:` pattern; v74 (350, 195), written blind in the
 * thirty-second from the same entries and run in the thirty-fourth before and after a field's other value; v75 (350,
 * 195), written blind in the thirty-third from the same entries and run in the thirty-fourth before and after a bare
 * `exit code: 1` as boilerplate; v76 (350, 200), written blind in the thirty-fourth from the same entries and run there
 * before and after a rule that was dropped; v77 (350, 200), written blind there from the same entries and run before
 * and after an exit status appended to a chain read as no part of its tail; v78 (350, 200), written blind there from
 * the same entries and run in the thirty-fifth before and after a negated verb read as an error word; v79 (350, 200),
 * written blind in the thirty-fifth from the same entries and run there before and after more shell prompts read as
 * prompts; v80 (350, 200), written blind there from the same entries and run before and after an error's number; v81
 * (350, 200), written blind there from the same entries and run in the thirty-sixth before and after its wrapper lines;
 * v82 (350, 200), written blind in the thirty-sixth from the same entries and run there before and after a command with
 * no option read as a command; v83 (350, 200), written blind there with the merge-conflict entry's `git status` wording
 * and run before and after git's `! [remote rejected]` marker as boilerplate; v84 (350, 200), written blind there from
 * the entries of v83 (537aa75) and run in the thirty-seventh before and after its in-order one-word check; v85 (350,
 * 200), written blind in the thirty-sixth from the same entries and run in the thirty-seventh before and after its
 * negated strings; v86 (350, 196), written blind in the thirty-seventh from the entries at af7770d and run in the
 * thirty-eighth before and after a string that opens a sentence not held mid-sentence; v87 (350, 199), written blind there
 * from the same entries and run in the thirty-eighth before and after a line's own error code; v88 (350, 197), written blind
 * there from the entries at dae5a16 and run in the thirty-ninth before and after a summary line ordered after its details;
 * v89 (350, 197), written blind there from the same entries and run in the thirty-ninth before and after a whole string
 * less telling read as the line's error; v90 (350, 196), written blind there from the same entries and run unread in the
 * fortieth with no change to the ranking; v91 (350, 196), written blind in the thirty-ninth from the same entries and
 * run in the fortieth before and after a tool's announcing line set no error bar; v92 (350, 195), written blind in the
 * fortieth from the same entries and run there before and after a level read behind a program's name
 * (docs/benchmarks/search-holdout.md).
 */
export const HOLDOUT_VERSIONS = [
  'v2',
  'v3',
  'v4',
  'v5',
  'v6',
  'v7',
  'v8',
  'v9',
  'v10',
  'v11',
  'v12',
  'v13',
  'v14',
  'v15',
  'v16',
  'v17',
  'v18',
  'v19',
  'v20',
  'v21',
  'v22',
  'v23',
  'v24',
  'v25',
  'v26',
  'v27',
  'v28',
  'v29',
  'v30',
  'v31',
  'v32',
  'v33',
  'v34',
  'v35',
  'v36',
  'v37',
  'v38',
  'v39',
  'v40',
  'v41',
  'v42',
  'v43',
  'v44',
  'v45',
  'v46',
  'v47',
  'v48',
  'v49',
  'v50',
  'v51',
  'v52',
  'v53',
  'v54',
  'v55',
  'v56',
  'v57',
  'v58',
  'v59',
  'v60',
  'v61',
  'v62',
  'v63',
  'v64',
  'v65',
  'v66',
  'v67',
  'v68',
  'v69',
  'v70',
  'v71',
  'v72',
  'v73',
  'v74',
  'v75',
  'v76',
  'v77',
  'v78',
  'v79',
  'v80',
  'v81',
  'v82',
  'v83',
  'v84',
  'v85',
  'v86',
  'v87',
  'v88',
  'v89',
  'v90',
  'v91',
  'v92',
] as const;
export type HoldoutVersion = (typeof HOLDOUT_VERSIONS)[number];

/** The labelled held-out pastes. */
export function holdoutCases(version: HoldoutVersion = 'v2'): AccuracyCase[] {
  return parseCases(JSON.parse(readFileSync(path.join(FIXTURES, `holdout-${version}.json`), 'utf8')));
}

/** The starter KB alone, without the distractors: the KB a reader of this project starts with. */
export async function loadStarterKb(): Promise<EntryModel[]> {
  const starter = await loadKb(path.join(ROOT, 'content'));
  const errors = starter.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`starter KB has errors: ${errors.map((d) => `${d.file}: ${d.message}`).join('; ')}`);
  return [...starter.entries].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The pastes of a set that no starter entry answers: its uncovered pastes and those a distractor answers. Against the
 * starter KB alone, none should be a confident match; each distractor is a near miss of a starter entry (same command
 * or wrapper, another error), so these are the errors a reader is most likely to be told, wrongly, are covered.
 */
export function notInStarterCases(version: HoldoutVersion = 'v2'): UncoveredCase[] {
  const answeredByDistractor = holdoutCases(version)
    .filter((c) => c.expected.startsWith('DIS_'))
    .map(({ query, source }) => ({ query, source }));
  return [...uncoveredCases(version), ...answeredByDistractor];
}

/** The pastes no entry covers. */
export function uncoveredCases(version: HoldoutVersion = 'v2'): UncoveredCase[] {
  const value: unknown = JSON.parse(readFileSync(path.join(FIXTURES, `uncovered-${version}.json`), 'utf8'));
  if (!Array.isArray(value)) throw new Error(`uncovered-${version}.json must be a JSON array`);
  return value.map((item, i) => {
    const { query, source } = (item ?? {}) as Record<string, unknown>;
    if (typeof query !== 'string' || typeof source !== 'string')
      throw new Error(`uncovered case ${i} needs string query and source`);
    return { query, source };
  });
}

/**
 * The entries as another team might have written them: each `__NAME__` in an error string replaced by the variable's
 * example, the author's own value pasted from their terminal (`Merge conflict in src/app.js`, `git@github.com:`). The
 * reader's paste holds another value there; search should be as sure of the entry as with the placeholder.
 */
export function withWrittenValues(entries: readonly EntryModel[]): EntryModel[] {
  return entries.map((entry) => ({
    ...entry,
    symptoms: entry.symptoms.map((symptom) => ({
      ...symptom,
      errors: symptom.errors.map((text) =>
        text.replace(placeholderRegex(), (raw, name: string) => entry.meta.variables[name]?.example ?? raw),
      ),
    })),
  }));
}
