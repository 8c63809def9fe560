/**
 * `npm run bench:search-foreign [-- --record NAME]`: lib/search on KBs another team wrote (scripts/bench/search-foreign-data.ts),
 * alone and beside the starter KB and its distractors, with MiniSearch 7 (fuzzy + prefix) as the anchor in the same
 * run: top-1 and top-3, the pastes below the confidence line, the confident but wrong ones, and the errors no entry
 * answers that a foreign entry claims. Prints Markdown; with `--record NAME`, also writes it as section NAME of
 * docs/benchmarks/search-foreign.md.
 */
import { parseArgs } from 'node:util';
import type { EntryModel } from '../../lib/content/model';
import { measureAccuracy } from '../../lib/search/evaluate';
import { miniSearchFuzzyPrefix } from './search-baselines';
import { FOREIGN_KBS, foreignCases, loadForeignKb, measureForeign, type ForeignKb } from './search-foreign-data';
import { loadHoldoutKb, ROOT } from './search-holdout-data';
import { writeSection } from './search-report';

const REPORT = 'docs/benchmarks/search-foreign.md';
const HEADER =
  '# Search: KBs another team wrote\n\nWritten by `npm run bench:search-foreign -- --record NAME` (scripts/bench/search-foreign.ts).\n';

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

/** One row of the table: the foreign KB's pastes searched in `entries`. */
async function row(
  name: ForeignKb,
  setting: string,
  foreign: readonly EntryModel[],
  others: readonly EntryModel[] = [],
): Promise<string> {
  const entries = [...foreign, ...others];
  const f = await measureForeign(name, foreign, others);
  const anchor = await measureAccuracy(miniSearchFuzzyPrefix().build(entries), foreignCases(name));
  return `| ${name} | ${setting} (${entries.length} entries) | ${pct(f.top1, f.cases)} | ${pct(f.top3, f.cases)} | ${pct(anchor.top1, anchor.cases)} / ${pct(anchor.top3, anchor.cases)} | ${f.below}/${f.cases} | ${f.wrong} | ${f.claimed}/${f.uncovered} |`;
}

async function main(): Promise<number> {
  const record = parseArgs({ options: { record: { type: 'string' } } }).values.record;
  const ours = (await loadHoldoutKb()).entries;
  const lines = [
    `## ${record ?? 'current'} (${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    '| KB | searched in | lib/search top-1 | top-3 | MiniSearch 7 top-1 / top-3 | below the line | confident but wrong | uncovered claimed by a foreign entry |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const name of FOREIGN_KBS) {
    const foreign = await loadForeignKb(name);
    lines.push(await row(name, 'alone', foreign));
    lines.push(await row(name, 'beside the starter KB and distractors', foreign, ours));
  }
  const markdown = lines.join('\n');
  process.stdout.write(`${markdown}\n`);
  if (record) await writeSection(ROOT, `foreign-${record}`, markdown, { report: REPORT, header: HEADER });
  return 0;
}

process.exitCode = await main();
