/**
 * `npm run bench:search-holdout [-- --record before|after]`: top-1 / top-3 of lib/search on the
 * held-out pastes (tests/fixtures/search/holdout-v2.json, -v3, -v4) over the starter KB plus near-miss
 * distractor entries, with MiniSearch 7 (fuzzy + prefix) as the anchor in the same run. Prints
 * Markdown; with `--record NAME`, also writes it as section NAME of docs/benchmarks/search-holdout.md.
 */
import { parseArgs } from 'node:util';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import type { EntryModel } from '../../lib/content/model';
import { indexEntries } from '../../lib/search/build';
import { measureAccuracy, type AccuracyReport } from '../../lib/search/evaluate';
import { miniSearchFuzzyPrefix } from './search-baselines';
import {
  HOLDOUT_VERSIONS,
  holdoutCases,
  loadHoldoutKb,
  loadStarterKb,
  notInStarterCases,
  ROOT,
  uncoveredCases,
  withWrittenValues,
} from './search-holdout-data';
import { writeSection } from './search-report';

const REPORT = 'docs/benchmarks/search-holdout.md';
const HEADER =
  '# Search: held-out set with near-miss distractors\n\nWritten by `npm run bench:search-holdout -- --record NAME` (scripts/bench/search-holdout.ts).\n';

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

function misses(report: AccuracyReport): string[] {
  return report.outcomes
    .filter((o) => o.rank !== 1)
    .map(
      (o) =>
        `- rank ${o.rank ?? '—'}: expected \`${o.case.expected}\`, first \`${o.top[0] ?? 'nothing'}\` (${o.case.source.split(': ').pop()}); query starts \`${o.case.query.split('\n')[0].slice(0, 70)}\``,
    );
}

/** `A ×3, B ×1`, most first. */
function tally(ids: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `\`${id}\` ×${n}`)
    .join(', ');
}

/** Figures over every set, the pastes below the line and the confident but wrong ones, for one engine. */
async function totals(engine: SearchEngine) {
  let cases = 0;
  let top1 = 0;
  let below = 0;
  let wrong = 0;
  let uncovered = 0;
  let uncoveredConfident = 0;
  for (const version of HOLDOUT_VERSIONS) {
    for (const item of holdoutCases(version)) {
      const response = await engine.search(item.query, 10);
      cases++;
      if (response.results[0]?.id === item.expected) top1++;
      if (!response.confident) below++;
      else if (response.results[0]?.id !== item.expected) wrong++;
    }
    for (const item of uncoveredCases(version)) {
      uncovered++;
      if ((await engine.search(item.query, 3)).confident) uncoveredConfident++;
    }
  }
  return { cases, top1, below, wrong, uncovered, uncoveredConfident };
}

/**
 * The same KB with each placeholder of an error string written as the author's own value (its variable's example),
 * as another team's entries often are: search should be as sure of them as of strings written with placeholders.
 */
async function writtenValuesSection(entries: readonly EntryModel[]): Promise<string[]> {
  const written = withWrittenValues(entries);
  const changed = written.flatMap((e, i) =>
    e.symptoms.flatMap((s, j) => s.errors.filter((t, k) => t !== entries[i].symptoms[j].errors[k])),
  ).length;
  const row = (name: string, t: Awaited<ReturnType<typeof totals>>) =>
    `| ${name} | ${pct(t.top1, t.cases)} | ${t.below} | ${t.wrong} | ${t.uncoveredConfident}/${t.uncovered} |`;
  return [
    `### Values written by the author: all sets (${HOLDOUT_VERSIONS[0]}-${HOLDOUT_VERSIONS.at(-1)}), ${changed} error strings with their placeholders written as the variables' examples`,
    '',
    '| KB | top-1 | below the line | confident but wrong | uncovered confident |',
    '|---|---|---|---|---|',
    row('as written (placeholders)', await totals(createSearchEngine(memoryLoader(indexEntries(entries))))),
    row("authors' own values", await totals(createSearchEngine(memoryLoader(indexEntries(written))))),
  ];
}

async function main(): Promise<number> {
  const record = parseArgs({ options: { record: { type: 'string' } } }).values.record;
  const kb = await loadHoldoutKb();
  const engine = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
  const anchorEngine = miniSearchFuzzyPrefix().build(kb.entries);
  const starterEngine = createSearchEngine(memoryLoader(indexEntries(await loadStarterKb())));
  // Before the confidence measure existed, any result list was presented as matches.
  const confident = async (query: string) => {
    const response = await engine.search(query, 10);
    const flag = (response as { confident?: boolean }).confident;
    return flag ?? response.results.length > 0;
  };
  const sections: string[] = [`## ${record ?? 'current'} (${new Date().toISOString().slice(0, 16)}Z)`];
  for (const version of HOLDOUT_VERSIONS) {
    const cases = holdoutCases(version);
    const ours = await measureAccuracy(engine, cases);
    const anchor = await measureAccuracy(anchorEngine, cases);
    const uncovered = uncoveredCases(version);
    let uncoveredConfident = 0;
    for (const item of uncovered) if (await confident(item.query)) uncoveredConfident++;
    const below = [];
    for (const item of cases) if (!(await confident(item.query))) below.push(item);
    const notInStarter = notInStarterCases(version);
    const claimed: string[] = [];
    for (const item of notInStarter) {
      const response = await starterEngine.search(item.query, 1);
      if (response.confident) claimed.push(response.results[0].id);
    }
    sections.push(
      '',
      `### Set ${version}: ${cases.length} held-out pastes over ${kb.starter} starter + ${kb.distractors} distractor entries. Command: \`npm run bench:search-holdout\`.`,
      '',
      '| engine | top-1 | top-3 |',
      '|---|---|---|',
      `| **lib/search** | ${pct(ours.top1, ours.cases)} | ${pct(ours.top3, ours.cases)} |`,
      `| MiniSearch 7 (fuzzy + prefix) | ${pct(anchor.top1, anchor.cases)} | ${pct(anchor.top3, anchor.cases)} |`,
      '',
      `Confidence: uncovered pastes (tests/fixtures/search/uncovered-${version}.json) presented as a confident match: **${uncoveredConfident}/${uncovered.length}**; held-out pastes below the confidence line: **${below.length}/${cases.length}**.`,
      ...below.map(
        (c) => `- below the line: \`${c.expected}\`, query starts \`${c.query.split('\n')[0].slice(0, 90)}\``,
      ),
      '',
      `Starter KB alone (${kb.starter} entries, no distractors): pastes no starter entry answers (the uncovered ones and those a distractor answers) presented as a confident match: **${claimed.length}/${notInStarter.length}**${claimed.length ? `, claimed by ${tally(claimed)}` : ''}.`,
      '',
      'lib/search misses:',
      '',
      ...(misses(ours).length ? misses(ours) : ['- none']),
    );
  }
  sections.push('', ...(await writtenValuesSection(kb.entries)));
  const markdown = sections.join('\n');
  process.stdout.write(`${markdown}\n`);
  if (record) await writeSection(ROOT, `holdout-${record}`, markdown, { report: REPORT, header: HEADER });
  return 0;
}

process.exitCode = await main();
