import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Draft, draftFromPost } from '../authoring/import/draft';
import { formatDiagnostic } from '../diagnostics';
import { parseEntryFile } from '../content/entry';
import { loadSources } from '../content/load';
import { deepestLine, NestingError, tooDeep, tooLarge } from '../parse/limits';
import { parseCommandArgs } from './args';
import { resolveContent } from './content';
import { type CliCommand, type CliIO, UsageError } from './io';

/** The draft of one post, or null (said on stderr) when the post is too large or nests too deep to read. */
function draftOf(text: string, input: string, existingIds: string[], io: CliIO): Draft | null {
  const large = tooLarge(text);
  if (large) {
    io.stderr(`kb import: ${input}: ${large.message}\n`);
    return null;
  }
  try {
    return draftFromPost(text, { existingIds, today: new Date().toISOString().slice(0, 10) });
  } catch (error) {
    if (!(error instanceof NestingError)) throw error;
    io.stderr(`kb import: ${input}: ${tooDeep(deepestLine(text, 1)).message}\n`);
    return null;
  }
}

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
    const draft = draftOf(text, input, existingIds, io);
    if (draft === null) {
      failed = true;
      continue;
    }
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
