import type { CliIO } from '../../lib/cli/io';

/** An in-memory CliIO that records what a command prints. */
export function fakeIO(options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return { io, out };
}
