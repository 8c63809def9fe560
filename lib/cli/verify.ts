import { loadKb } from '../content/kb';
import { checksOf } from '../verify/checks';
import { pickFallback } from '../verify/fallback';
import { verifyOutput } from '../verify/match';
import { parseCommandArgs } from './args';
import { resolveContent } from './content';
import { type CliCommand, UsageError } from './io';

/**
 * `kb verify ID - [--content DIR]`: checks the verification output on stdin against the entry's
 * checkable Expected items. Exit 0 when all pass (or nothing is checkable), 1 otherwise, 2 for an unknown id.
 */
export const verify: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, { content: { type: 'string' } });
  const [id, dash, extra] = args.positionals;
  if (!id || dash !== '-' || extra) throw new UsageError('takes an ID and - (the output on stdin)');
  const kb = await loadKb(resolveContent(args.values, io), { cwd: io.cwd });
  const entry = kb.entries.find((e) => e.id === id);
  if (!entry) {
    io.stderr(`no entry ${id}; run \`kb search ${id}\` to find one\n`);
    return 2;
  }
  const checks = checksOf(entry.verification?.expected ?? []);
  if (checks.length === 0) {
    io.stdout(`${id}: nothing to check — no Expected item says what the output must contain\n`);
    return 0;
  }
  const output = await io.readStdin();
  const verdict = verifyOutput(checks, output);
  if (verdict.empty) {
    io.stdout(`${id}: the output is empty; pipe the verification command's output into kb verify\n`);
    return 1;
  }
  for (const r of verdict.results) {
    const proof = r.error ? `  (${r.error})` : r.line !== null ? `\n    line ${r.lineNumber}: ${r.line}` : '';
    io.stdout(`${r.pass ? 'PASS' : 'FAIL'}  ${r.check.label}${proof}\n`);
  }
  const failed = verdict.results.filter((r) => !r.pass).length;
  io.stdout(
    failed === 0
      ? `${id}: all ${checks.length} check(s) passed\n`
      : `${id}: ${failed} of ${checks.length} check(s) failed\n`,
  );
  if (failed > 0 && entry.fallbacks.length > 0) {
    const pick = pickFallback(entry.fallbacks, output);
    const target = pick?.fallback ?? entry.fallbacks[0];
    io.stdout(
      `next: ${target.title} (/kb/${id}#${target.anchor})${pick ? ` — its "When" matches: ${pick.line}` : ''}\n`,
    );
  }
  return failed === 0 ? 0 : 1;
};
