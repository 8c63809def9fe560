/** What a CLI command may touch: injected so commands are testable without a real process. */
export interface CliIO {
  /** Writes to standard output (no newline added). */
  stdout: (text: string) => void;
  /** Writes to standard error (no newline added). */
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<string>;
  /** Working directory used to resolve relative paths. */
  cwd: string;
  /** Environment variables (KB_CONTENT_DIR, NO_COLOR …). */
  env: Record<string, string | undefined>;
  /** Asks the user a question (tests inject answers; the real CLI asks only on a terminal). */
  ask?: (question: string) => Promise<string>;
}

/** A CLI command: takes the arguments after its name and returns the process exit code. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

/** Thrown by argument parsing: the dispatcher prints usage and exits 2. */
export class UsageError extends Error {}
