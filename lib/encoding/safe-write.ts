import { constants, rmSync } from 'node:fs';
import { access, chmod, lstat, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why a file must not be rewritten, or null. */
export async function writeProblem(path: string): Promise<string | null> {
  const info = await stat(path);
  if (!info.isFile()) return 'not a regular file';
  if ((info.mode & 0o222) === 0) return 'the file is read-only (no write permission bits); not changed';
  try {
    await access(path, constants.W_OK);
  } catch {
    return 'no permission to write the file; not changed';
  }
  return null;
}

/** How a file was written: `atomic` (temp file + rename) or `in-place` (kept hard links). */
type WriteMode = 'atomic' | 'in-place';

/** Temp files being written right now; removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function installCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      cleanupPending();
      process.exit(code);
    });
  }
  process.once('exit', cleanupPending);
}

/** Removes temp files of writes that did not finish (synchronously, usable in exit handlers). */
function cleanupPending(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      /* nothing more to do while exiting */
    }
  }
  pending.clear();
}

/**
 * Replaces a file's contents without changing what it is: a symlink's target is rewritten (the
 * link stays a link), a file with hard links is written in place so every name sees the new
 * text, any other file is replaced atomically (sibling temp file, fsync, rename) keeping its mode.
 * A temp file never outlives the call, even on Ctrl-C.
 */
export async function replaceFileText(path: string, text: string): Promise<{ target: string; mode: WriteMode }> {
  const target = (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  const info = await stat(target);
  if (info.nlink > 1) {
    const handle = await open(target, 'r+');
    try {
      await handle.truncate(0);
      await handle.write(text, 0, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { target, mode: 'in-place' };
  }
  installCleanup();
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, text, { encoding: 'utf8', mode: info.mode & 0o7777, flag: 'wx' });
    await chmod(temp, info.mode & 0o7777);
    const handle = await open(temp, 'r');
    await handle.sync().finally(() => handle.close());
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
  return { target, mode: 'atomic' };
}
