import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** A held build lock; `release` removes it (only if it is still ours). */
interface BuildLock {
  file: string;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock for one output folder: a file created exclusively (`wx`) holding our pid. A lock left
 * by a process that no longer runs (a build killed with SIGKILL) is taken over; a live one is reported with
 * its pid, so a second build started at the same time fails at once with a clear message instead of
 * deleting the first one's staging folder.
 */
export function takeBuildLock(file: string, pid = process.pid): BuildLock | { heldBy: number } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      return {
        file,
        release: () => {
          try {
            if (readFileSync(file, 'utf8').trim() === String(pid)) rmSync(file, { force: true });
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== pid && alive(holder)) return { heldBy: holder };
      rmSync(file, { force: true }); // stale: its build is gone
    }
  }
  throw new Error(`cannot take the build lock ${file}`);
}
