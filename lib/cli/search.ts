import { formatDiagnostic } from '../diagnostics';
import { DRAFT_ID, draftEntry } from '../search/draft';
import { createSearchEngine } from '../search/engine';
import type { SearchResult } from '../search/results';
import { parseCommandArgs } from './args';
import { whySuggestion, whyText } from './why-text';
import { resolveContent } from './content';
import { cacheRootFor } from './kb-cache';
import { withKb } from './kb-open';
import { type CliCommand, type CliIO, UsageError } from './io';

const DEFAULT_LIMIT = 5;

/**
 * `kb search [--content DIR] [--json] [--limit N] [--why] QUERY|-`: finds entries by a pasted error.
 * `-` reads the query from stdin (`docker logs app 2>&1 | kb search -`). Exit 0 with a confident
 * match; 1 without one, after listing the closest entries as such and a draft entry to start
 * from. Ranks with the same index and code as the web search.
 */
export const search: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, {
    content: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    why: { type: 'boolean' },
  });
  const limit = parseLimit(args.values.limit);
  if (args.positionals.length === 0) throw new UsageError('needs a QUERY, or - to read it from stdin');
  const query = args.positionals.includes('-') ? await io.readStdin() : args.positionals.join(' ');
  if (query.trim() === '') {
    io.stderr(
      'kb search: the query is empty. Paste an error message, e.g. kb search "exec format error",\nor pipe a log: docker logs app 2>&1 | kb search -\n',
    );
    return 1;
  }
  // withKb may run this twice (see kb-open.ts), so it only reads; everything is printed below.
  const answer = await withKb(resolveContent(args.values, io), cacheRootFor(io.env, io.cwd), io.cwd, async (kb) => ({
    entries: kb.count,
    diagnostics: kb.diagnostics,
    ...(kb.diagnostics.some((d) => d.code === 'content-missing')
      ? { results: [], confident: false }
      : await createSearchEngine(kb.indexFile).search(query, limit, { explain: args.values.why })),
  }));
  const fatal = answer.diagnostics.find((d) => d.code === 'content-missing');
  if (fatal) {
    io.stderr(`${formatDiagnostic(fatal)}\n`);
    return 1;
  }
  const skipped = new Set(answer.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  if (skipped > 0) io.stderr(`kb search: ${skipped} file(s) with errors are not searched; run kb validate\n`);
  const { results, confident, entries } = answer;
  if (args.values.json) io.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
  else if (confident) io.stdout(formatResults(results, query));
  else if (results.length > 0) io.stdout(formatClosest(results, entries, query, args.values.why));
  if (results.length === 0) noResults(io, entries);
  return confident ? 0 : 1;
};

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive whole number, got "${value}"`);
  return limit;
}

function toJson(result: SearchResult) {
  return {
    id: result.id,
    title: result.title,
    score: result.score,
    matched: result.matched,
    confident: result.confident,
    lines: result.lines,
    values: result.values,
    url: result.url,
    ...(result.why ? { why: result.why } : {}),
  };
}

/** Longest stretch of a pasted line printed after `line N:`. */
const MAX_LINE_SHOWN = 200;

/**
 * Text output: one block per result with the matched symptom, the lines of a multi-line paste it
 * matched (`line 212: …`, earliest first) and the page path.
 */
function formatResults(results: readonly SearchResult[], query = ''): string {
  const pasted = query.trim().includes('\n') ? query.split(/\r?\n/) : null;
  return results
    .map((r, i) => {
      const lines = [
        `${i + 1}. ${r.id}  ${r.title}  (score ${r.score}${r.confident ? '' : ', not a confident match'})`,
      ];
      if (r.matched) lines.push(`   matched: ${plainRuns(r.highlights)}`);
      if (pasted)
        for (const n of r.lines) lines.push(`   line ${n}: ${(pasted[n - 1] ?? '').trim().slice(0, MAX_LINE_SHOWN)}`);
      for (const [name, value] of Object.entries(r.values)) lines.push(`   value:   ${name}=${value} (from the paste)`);
      lines.push(`   page:    ${r.url}`);
      if (r.why) lines.push(`   ${whyText(r.why, pasted !== null)}`);
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** A matched symptom for a terminal: a variable the paste gave no value for reads `<NAME>`. */
function plainRuns(runs: SearchResult['highlights']): string {
  return runs.map((run) => (run.variable ? `<${run.variable}>` : run.text)).join('');
}

/** Text output without a confident match: says so, lists the closest entries as such, and prints a draft entry. */
function formatClosest(results: readonly SearchResult[], entries: number, query: string, why = false): string {
  return [
    `No confident match: none of the ${entries} entries has this error. The closest entries share some words with it; they are not answers.`,
    '',
    formatResults(results, why ? query : '').trimEnd(),
    ...(why ? ['', ...whySuggestion(results[0]?.why, query.split(/\r?\n/))] : []),
    '',
    `To add the missing entry, save this draft as content/${DRAFT_ID}.md, rename it, and fill in the TODOs:`,
    '',
    draftEntry(query, new Date().toISOString().slice(0, 10)),
  ].join('\n');
}

function noResults(io: CliIO, entries: number): void {
  io.stderr(
    entries === 0
      ? 'kb search: the knowledge base has no entries to search; check --content or KB_CONTENT_DIR\n'
      : `kb search: no entry matches (${entries} searched). Paste the error line itself, e.g. the line with "error:" or "ERR!";\ntimestamps, ids and paths are ignored, so the words of the message are what counts.\n`,
  );
}
