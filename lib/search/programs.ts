import type { CodeBlock } from '../content/model';
import { isShellLang } from '../content/shell-langs';

/**
 * The programs an entry's own shell commands run: the first word of each of its Where to Check commands (`commands`)
 * and of each line of its shell code blocks (`git`, `docker`, `kubectl`, `typeorm`), after a prompt, `sudo` and
 * variable assignments. Search reads an error string that is such a program and a few words (`git pull`) as a command
 * the author quoted beside the error (weak-string-check.ts `isBareCommand`), not as the error. Pure.
 */
export function programsOf(commands: readonly string[], blocks: readonly CodeBlock[]): string[] {
  const lines = [...commands, ...blocks.filter((b) => isShellLang(b.lang ?? '')).flatMap((b) => b.code.split('\n'))];
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
