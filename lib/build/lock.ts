import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** A held build lock; `release()` removes the lock file (safe to call twice). */
export interface BuildLock {
  path: string;
  release: () => void;
}

/** Thrown when another live build holds the lock. */
export class BuildLockedError extends Error {}

/**
 * Takes the build lock at `lockPath` (a file holding the owner's pid, created with O_EXCL so two
 * builds cannot both win). A lock left by a process that no longer runs is taken over. When a
 * live build holds it, waits up to `waitMs`, then throws a {@link BuildLockedError} that says who
 * holds it.
 */
export async function acquireBuildLock(lockPath: string, options: { waitMs?: number; pollMs?: number } = {}): Promise<BuildLock> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let held = true;
      return { path: lockPath, release: () => { if (held) { held = false; rmSync(lockPath, { force: true }); } } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lockPath);
    if (owner === null || !isAlive(owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new BuildLockedError(`another build (pid ${owner}) is running into the same output folder; wait for it to finish (lock: ${lockPath})`);
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

function lockOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
