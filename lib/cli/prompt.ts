import { createInterface } from 'node:readline/promises';

/** Asks one question and returns the answer (trimmed). */
export type Ask = (question: string) => Promise<string>;

/** A prompt on the terminal, or undefined when stdin is not a terminal (scripts must pass flags). */
export function terminalAsk(): Ask | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return (await rl.question(question)).trim();
    } finally {
      rl.close();
    }
  };
}
