import type { CliIO } from './io';
import { terminalSafe } from './terminal-text';

/**
 * The real process as a CliIO. Everything written passes through `terminalSafe`: no command prints a raw
 * control character, whatever an entry, a file name or a pasted log holds (`kb validate` and `kb show`
 * also escape newlines inside file names and messages, so a name cannot fake a line).
 */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(terminalSafe(text)),
    stderr: (text) => process.stderr.write(terminalSafe(text)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    env: process.env,
  };
}
