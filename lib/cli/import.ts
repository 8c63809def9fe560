import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { draftFromPost } from '../authoring/import/draft';
import { formatDiagnostic } from '../diagnostics';
import { parseEntryFile } from '../content/entry';
import { loadSources } from '../content/load';
import { parseCommandArgs } from './args';
import { resolveContent } from './content';
import { type CliCommand, UsageError } from './io';

/** `kb import FILE... [--content DIR]`: each post becomes a draft entry in the content folder; prints its path and what to check. */
export const importPosts: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, { content: { type: 'string' } });
  if (args.positionals.length === 0) throw new UsageError('needs at least one FILE');
  const dir = resolveContent(args.values, io);
  const existingIds = (await loadSources(dir).catch(() => [])).map((s) => path.basename(s.file, '.md'));
  let failed = false;
  for (const input of args.positionals) {
    const text = await readFile(path.resolve(io.cwd, input), 'utf8').catch((e: NodeJS.ErrnoException) => {
      io.stderr(`kb import: cannot read ${input}: ${e.code ?? e.message}\n`);
      return null;
    });
    if (text === null) {
      failed = true;
      continue;
    }
    const draft = draftFromPost(text, { existingIds, today: new Date().toISOString().slice(0, 10) });
    existingIds.push(draft.id);
    const file = path.join(dir, `${draft.id}.md`);
    await mkdir(dir, { recursive: true });
    await writeFile(file, draft.markdown, { flag: 'wx' });
    const shown = path.relative(io.cwd, file);
    io.stdout(`${shown}\n`);
    const problems = parseEntryFile(file, draft.markdown, { displayFile: shown }).diagnostics;
    io.stderr(`${input} → ${shown}\nCheck before publishing:\n${draft.checks.map((c) => `  - ${c}`).join('\n')}\n`);
    if (problems.length)
      io.stderr(
        `kb validate reports:\n${problems.map((d) => `  ${formatDiagnostic({ file: shown, ...d })}`).join('\n')}\n`,
      );
  }
  return failed ? 1 : 0;
};
