import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics';
import { loadKb } from '../kb';
import { flag, parseArgs } from './args';
import { type CliCommand, UsageError } from './io';
import { resolveContent } from './content';
import { formatGithubAnnotation } from './format-github';
import { safeDiagnostic, terminalSafeLine } from './terminal-text';

/** `kb validate [--content DIR] [--format text|json|github]`: every problem in one run; exit 1 on any error. */
export const validate: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, { valued: ['content', 'format'] });
  const format = flag(args, 'format') ?? 'text';
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`--format must be text, json or github, got ${format}`);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
  const kb = await loadKb(resolveContent(args, io), { cwd: io.cwd });
  if (format === 'json') {
    io.stdout(`${JSON.stringify(kb.diagnostics, null, 2)}\n`);
  } else if (format === 'github') {
    for (const d of kb.diagnostics) io.stdout(`${formatGithubAnnotation(d)}\n`);
  } else {
    for (const d of kb.diagnostics) io.stdout(`${formatDiagnostic(safeDiagnostic(d))}\n`);
    const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
    const files = new Set(kb.diagnostics.map((d) => d.file)).size;
    const summary = kb.diagnostics.length === 0
      ? `✓ ${kb.entries.length} entries valid in ${terminalSafeLine(path.relative(io.cwd, kb.dir) || '.')}`
      : `${errors} error(s), ${kb.diagnostics.length - errors} warning(s) in ${files} file(s); ${kb.entries.length} entries valid`;
    io.stderr(`${summary}\n`);
  }
  return hasErrors(kb.diagnostics) ? 1 : 0;
};
