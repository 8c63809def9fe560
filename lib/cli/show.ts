import { formatDiagnostic } from '../diagnostics';
import { loadKb } from '../kb';
import { parseArgs } from './args';
import { resolveContent } from './content';
import { type CliCommand, UsageError } from './io';

/** `kb show ID [--content DIR] [--json]`: the entry model (JSON) or a short summary. */
export const show: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, { valued: ['content'], boolean: ['json'] });
  const [id, extra] = args.positionals;
  if (!id || extra) throw new UsageError('kb show takes exactly one ID');
  const kb = await loadKb(resolveContent(args, io), { cwd: io.cwd });
  const entry = kb.entries.find((e) => e.id === id);
  if (!entry) {
    const problems = kb.diagnostics.filter((d) => d.file.endsWith(`${id}.md`) && d.severity === 'error');
    io.stderr(problems.length ? `${id} is invalid:\n${problems.map(formatDiagnostic).join('\n')}\n` : `no entry ${id}; run \`kb search ${id}\` to find one\n`);
    return 1;
  }
  if (args.flags.json) {
    io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
  } else {
    io.stdout(`${entry.id}  ${entry.title}\n${entry.tldr}\n\nsymptoms: ${entry.symptoms.length}, patterns: ${entry.patterns.length}, fallbacks: ${entry.fallbacks.length}, variables: ${entry.variables.join(', ') || 'none'}\npage: /kb/${entry.id}\n`);
  }
  return 0;
};
