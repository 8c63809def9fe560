import { createHash, type Hash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEntryFile, isSkippedFolder, KB_VARIABLES_FILE } from './load';

/**
 * Feeds every entry file's path, size and modification time under `dir` (and the KB's `_variables.yml`) into `hash`, in a stable order: what
 * changes when an entry is saved, added or removed. Synchronous on purpose: 10,000 awaited `stat` calls spend
 * most of their time waiting on the thread pool (≈ 0.4 s against 30 ms measured). A missing folder adds nothing.
 */
export function stampContent(dir: string, hash: Hash): Hash {
  const walk = (sub: string): void => {
    let items;
    try {
      items = readdirSync(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${item.name}` : item.name;
      if (item.isDirectory() && !isSkippedFolder(item.name)) walk(rel);
      else if (item.isFile() && (isEntryFile(item.name) || (sub === '' && item.name === KB_VARIABLES_FILE))) {
        const s = statSync(path.join(dir, rel));
        hash.update(`${rel}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk('');
  return hash;
}

/** A short fingerprint of the content folder, for the dev server's live preview. */
export function contentFingerprint(dir: string): string {
  return stampContent(dir, createHash('sha256')).digest('hex').slice(0, 16);
}
