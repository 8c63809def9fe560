import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listEntryFiles } from '../load';

/**
 * A short fingerprint of the content folder (each entry file's path, size and modification time),
 * for the dev server's live preview: it changes when an entry is saved, added or removed.
 */
export async function contentVersion(dir: string): Promise<string> {
  const files = await listEntryFiles(dir).catch(() => [] as string[]);
  const hash = createHash('sha256');
  for (const file of files) {
    const s = await stat(path.join(dir, file)).catch(() => null);
    hash.update(`${file}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
