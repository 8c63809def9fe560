import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { didYouMean, formatDiagnostic, inFile } from '../diagnostics';
import { inexactDiagnostic, repairMojibake, type RepairSpot } from '../encoding/repair';
import { UsageError, type CliCommand, type CliIO } from './io';

const OPTIONS = ['--write'] as const;

/**
 * `kb fix-encoding FILE... [--write]`: finds text damaged by a Windows-1252/1254 round trip
 * (`â€”` for `—`) and repairs it. Without `--write` prints a unified diff on stdout; with it,
 * replaces each file atomically. Spots that needed a guess are warned about on stderr.
 * Exit code 0 on success (also when nothing was damaged), 1 if a file cannot be read or written.
 */
export const fixEncoding: CliCommand = async (argv, io) => {
  const { files, write } = parseArgs(argv);
  let exitCode = 0;
  for (const file of files) exitCode = Math.max(exitCode, await fixFile(file, write, io));
  return exitCode;
};

function parseArgs(argv: string[]): { files: string[]; write: boolean } {
  const files: string[] = [];
  let write = false;
  let optionsDone = false;
  for (const arg of argv) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') files.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '--write') write = true;
    else {
      const hint = didYouMean(arg, OPTIONS);
      throw new UsageError(`unknown option ${arg}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  if (files.length === 0) throw new UsageError('no files given: kb fix-encoding FILE... [--write]');
  return { files, write };
}

async function fixFile(file: string, write: boolean, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, file);
  let before: string;
  try {
    before = await readFile(path, 'utf8');
  } catch (error) {
    io.stderr(`${file}: cannot read file: ${reason(error)}\n`);
    return 1;
  }
  const { text: after, spots } = repairMojibake(before);
  if (spots.length === 0) {
    io.stdout(`${file}: no damaged encoding found\n`);
    return 0;
  }
  if (write) {
    try {
      await writeAtomically(path, after);
    } catch (error) {
      io.stderr(`${file}: cannot write file: ${reason(error)}\n`);
      return 1;
    }
    io.stdout(describeChanges(file, spots));
  } else {
    io.stdout(createTwoFilesPatch(file, file, before, after, 'damaged', 'repaired'));
  }
  warnInexact(file, spots, io);
  return 0;
}

/** Writes a sibling temp file and renames it over the original, keeping its permissions. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const { mode } = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', mode });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function describeChanges(file: string, spots: RepairSpot[]): string {
  const inexact = spots.filter((s) => !s.exact).length;
  const lines = spots.map((s) => `  ${s.line}:${s.column} "${s.found}" -> "${s.suggestion}"\n`);
  return `${file}: repaired ${spots.length} damaged run${spots.length === 1 ? '' : 's'} (${inexact} guessed)\n${lines.join('')}`;
}

function warnInexact(file: string, spots: RepairSpot[], io: CliIO): void {
  const found = spots.flatMap((s) => inexactDiagnostic(s) ?? []);
  for (const d of inFile(file, found)) io.stderr(`${formatDiagnostic(d)}\n`);
}

const ERROR_CODES: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** A short reason without the absolute path Node puts in its messages. */
function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code) return ERROR_CODES[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
