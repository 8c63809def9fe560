import type { EntryModel } from '../content/model';
import { isShellLang } from '../authoring/import/classify';

/**
 * The programs an entry's own shell commands run: the first word of each command line of its Where to Check and of its
 * shell code blocks (`git`, `docker`, `kubectl`, `typeorm`), after a prompt, `sudo` and variable assignments. Search
 * reads an error string that is such a program and a few words (`git pull`) as a command the author quoted beside the
 * error (weak-string-check.ts `isBareCommand`), not as the error. Pure.
 */
export function programsOf(entry: EntryModel): string[] {
  const blocks = [
    ...entry.patterns.flatMap((p) => p.blocks),
    ...(entry.verification?.blocks ?? []),
    ...entry.fallbacks.flatMap((f) => f.blocks),
  ].filter((b) => isShellLang(b.lang ?? ''));
  const lines = [...entry.whereToCheck.map((c) => c.code), ...blocks.flatMap((b) => b.code.split('\n'))];
  const found = new Set<string>();
  for (const line of lines) {
    const program = PROGRAM.exec(line)?.[1];
    if (program) found.add(program);
  }
  return [...found];
}

/**
 * A command line's program: after an optional prompt (`$ `; `# ` is a comment), `sudo` and its options and `NAME=value`
 * assignments, a lower-case word followed by a space or the line's end. Linear: each part stops at a character the next
 * one needs.
 */
const PROGRAM = /^\s*(?:\$\s+)?(?:sudo(?:\s+-\S+)*\s+)?(?:[A-Z_][A-Z0-9_]*=\S*\s+)*([a-z][\w.-]*)(?=\s|$)/;
