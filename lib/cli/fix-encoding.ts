import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { formatDiagnostic, inFile } from '../diagnostics';
import { parseCommandArgs } from './args';
import { safeDiagnostic, terminalSafeLine as printable } from './terminal-text';
import { encodingDiagnostics } from '../encoding/check';
import { inexactDiagnostic, repairMojibake, type RepairSpot } from '../encoding/repair';
import { replaceFileText, writeProblem } from '../encoding/safe-write';
import { UsageError, type CliCommand, type CliIO } from './io';

/**
 * `kb fix-encoding FILE... [--write]`: finds text damaged by a Windows-1252/1254 round trip
 * (`â€”` for `—`) and repairs it. Without `--write` prints a unified diff on stdout; with it,
 * replaces each file atomically. Spots that needed a guess are warned about on stderr.
 * Refuses files that are not valid UTF-8 (the bad bytes' meaning is unknown) and read-only files;
 * leaves mojibake alone when it appears only in code (as `kb validate` does: it is an example);
 * rewrites a symlink's target and writes hard-linked files in place.
 * Exit code 0 on success (also when nothing was damaged), 1 if a file cannot be read or written.
 */
export const fixEncoding: CliCommand = async (argv, io) => {
  const { files, write } = parseArgs(argv);
  let exitCode = 0;
  for (const file of files) exitCode = Math.max(exitCode, await fixFile(file, write, io));
  return exitCode;
};

function parseArgs(argv: string[]): { files: string[]; write: boolean } {
  const { values, positionals: files } = parseCommandArgs(argv, { write: { type: 'boolean' } });
  if (files.length === 0) throw new UsageError('no files given: kb fix-encoding FILE... [--write]');
  return { files, write: values.write === true };
}

async function fixFile(name: string, write: boolean, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, name);
  const file = printable(name);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    io.stderr(`${file}: cannot read file: ${reason(error)}\n`);
    return 1;
  }
  let before: string;
  try {
    before = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.stderr(
      `${file}: ${invalidUtf8(bytes)}; not changed: its bytes cannot be repaired with certainty. ` +
        'Convert the file to UTF-8 first (e.g. `iconv -f WINDOWS-1252 -t UTF-8`), then run fix-encoding again\n',
    );
    return 1;
  }
  const { text: after, spots } = repairMojibake(before);
  if (spots.length === 0) {
    io.stdout(`${file}: no damaged encoding found\n`);
    return 0;
  }
  if (encodingDiagnostics(before, name).length === 0) {
    io.stdout(
      `${file}: mojibake appears only inside code spans or fenced code (an intentional example, as kb validate sees it); not changed\n`,
    );
    return 0;
  }
  if (!write) {
    io.stdout(createTwoFilesPatch(file, file, before, after, 'damaged', 'repaired'));
    warnInexact(name, spots, io);
    return 0;
  }
  try {
    const problem = await writeProblem(path);
    if (problem) {
      io.stderr(`${file}: ${problem}\n`);
      return 1;
    }
    const written = await replaceFileText(path, after);
    const how =
      written.target !== path
        ? ` (symlink: repaired its target ${printable(written.target)})`
        : written.mode === 'in-place'
          ? ' (hard-linked: written in place)'
          : '';
    io.stdout(describeChanges(file + how, spots));
  } catch (error) {
    io.stderr(`${file}: cannot write file: ${reason(error)}\n`);
    return 1;
  }
  warnInexact(name, spots, io);
  return 0;
}

/** Where the first invalid byte is, as `line L, column C (byte 0xNN)`. */
function invalidUtf8(bytes: Buffer): string {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  const lines = lenient.slice(0, Math.max(at, 0)).split('\n');
  const count = [...lenient].filter((c) => c === '\uFFFD').length;
  return `the file is not valid UTF-8 (${count} invalid byte sequence${count === 1 ? '' : 's'}, the first at line ${lines.length}, column ${[...lines[lines.length - 1]].length + 1})`;
}

function describeChanges(file: string, spots: RepairSpot[]): string {
  const inexact = spots.filter((s) => !s.exact).length;
  const lines = spots.map((s) => `  ${s.line}:${s.column} "${printable(s.found)}" -> "${printable(s.suggestion)}"\n`);
  return `${file}: repaired ${spots.length} damaged run${spots.length === 1 ? '' : 's'} (${inexact} guessed)\n${lines.join('')}`;
}

function warnInexact(file: string, spots: RepairSpot[], io: CliIO): void {
  const found = spots.flatMap((s) => inexactDiagnostic(s) ?? []);
  for (const d of inFile(file, found)) io.stderr(`${formatDiagnostic(safeDiagnostic(d))}\n`);
}

const ERROR_CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
};

/** A short reason without the absolute path Node puts in its messages. */
function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code) return ERROR_CODES[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
