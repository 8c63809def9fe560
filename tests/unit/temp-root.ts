import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: the unit tests' temporary folders (93 per run before this setup: the CLI, cache, fuzz and build
 * tests each make their own with `mkdtempSync(tmpdir())`) go into one folder for the run, removed when it ends, so a
 * run leaves nothing in the system's temp folder. `os.tmpdir()` reads `TMPDIR` on every call, and the test workers
 * start after this with the changed environment.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), 'kb-unit-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
