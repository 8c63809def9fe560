import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Diagnostic, formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics';
import { splitFrontmatter } from '../content/frontmatter';
import { displayPath, type Kb, loadKb } from '../content/kb';
import type { EntryModel } from '../content/model';
import { parseCommandArgs } from './args';
import { type CliCommand, UsageError } from './io';
import { resolveContent } from './content';
import { formatGithubAnnotation } from './format-github';
import { safeDiagnostic, terminalSafeLine } from './terminal-text';

/** `kb validate [--content DIR] [--format text|json|github]`: every problem in one run; exit 1 on any error. */
export const validate: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, {
    content: { type: 'string' },
    format: { type: 'string' },
    'match-tests': { type: 'boolean' },
    'no-match-tests': { type: 'boolean' },
  });
  const format = args.values.format ?? 'text';
  if (!['text', 'json', 'github'].includes(format))
    throw new UsageError(`--format must be text, json or github, got ${format}`);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
  const loaded = await loadKb(resolveContent(args.values, io), { cwd: io.cwd });
  const kb = {
    ...loaded,
    diagnostics: sortDiagnostics([...loaded.diagnostics, ...(await matchTests(loaded, args.values, io.cwd))]),
  };
  if (format === 'json') {
    io.stdout(`${JSON.stringify(kb.diagnostics, null, 2)}\n`);
  } else if (format === 'github') {
    for (const d of kb.diagnostics) io.stdout(`${formatGithubAnnotation(d)}\n`);
  } else {
    for (const d of kb.diagnostics) io.stdout(`${formatDiagnostic(safeDiagnostic(d))}\n`);
    const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
    const files = new Set(kb.diagnostics.map((d) => d.file)).size;
    const summary =
      kb.diagnostics.length === 0
        ? `✓ ${kb.entries.length} entries valid in ${terminalSafeLine(path.relative(io.cwd, kb.dir) || '.')}`
        : `${errors} error(s), ${kb.diagnostics.length - errors} warning(s) in ${files} file(s); ${kb.entries.length} entries valid`;
    io.stderr(`${summary}\n`);
  }
  return hasErrors(kb.diagnostics) ? 1 : 0;
};

/**
 * Above this many entries the match tests (every symptom error string searched against the whole KB) are
 * opt-in with --match-tests: they take 0.27 s on the 32-entry starter KB but 54 s at 10,000 entries
 * (docs/benchmarks/search-holdout.md).
 */
const MATCH_TESTS_MAX_ENTRIES = 2_000;

/** `symptom-overlap` warnings: error strings that do not rank their own entry first. */
async function matchTests(
  kb: Kb,
  options: { 'match-tests'?: boolean; 'no-match-tests'?: boolean },
  cwd: string,
): Promise<Diagnostic[]> {
  const wanted =
    options['match-tests'] === true ||
    (kb.entries.length <= MATCH_TESTS_MAX_ENTRIES && options['no-match-tests'] !== true);
  if (!wanted || kb.entries.length < 2) return [];
  const { matchTestWarnings } = await import('../search/match-tests');
  const matchLineOf = (entry: EntryModel, index: number) => {
    const text = readFileSync(path.join(kb.dir, entry.file), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    return splitFrontmatter(text).positionOf(['match', index]).line;
  };
  return matchTestWarnings(kb.entries, (e) => displayPath(cwd, kb.dir, e.file), matchLineOf);
}
