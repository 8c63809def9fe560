import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { eachLimited, FILE_CONCURRENCY } from './each-limited';

/** What {@link pruneExport} removed. */
interface PruneResult {
  /** Removed files, relative to the export folder, `/`-separated, sorted. */
  removed: string[];
  /** Bytes on disk the removed files took. */
  bytes: number;
}

/**
 * Whether a file of a static export is a React Server Components payload for client-side
 * navigation: `<route>.txt` beside `<route>.html` (`index.txt`, `kb/<id>.txt`), or a per-segment
 * prefetch file or folder `__next.*` (`kb/<id>/__next._full.txt`, `__next._tree.txt` …).
 * A `.txt` without a sibling page (a `robots.txt`) is content and stays.
 */
export function isRscPayload(name: string, siblings: ReadonlySet<string>): boolean {
  if (name.startsWith('__next.')) return true;
  return name.endsWith('.txt') && siblings.has(`${name.slice(0, -'.txt'.length)}.html`);
}

/**
 * Removes the RSC payload files from a Next.js static export. The site links with plain `<a href>`
 * (full page loads), so nothing fetches them; the payload each page needs is inlined in its HTML.
 * Folders left empty (`kb/<id>/` held only segment files) are removed too; `_next/` is not touched.
 */
export async function pruneExport(dir: string): Promise<PruneResult> {
  const result: PruneResult = { removed: [], bytes: 0 };
  await pruneFolder(dir, dir, result);
  result.removed.sort();
  return result;
}

/** Prunes one folder, depth first; returns whether pruning left it empty. */
async function pruneFolder(root: string, dir: string, result: PruneResult): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  let left = entries.length;
  await eachLimited(entries, FILE_CONCURRENCY, async (entry) => {
    const file = path.join(dir, entry.name);
    if (isRscPayload(entry.name, names)) {
      await remove(root, file, result);
      left--;
    } else if (
      entry.isDirectory() &&
      !(dir === root && entry.name === '_next') &&
      (await pruneFolder(root, file, result))
    ) {
      await rmdir(file);
      left--;
    }
  });
  return left === 0 && entries.length > 0;
}

/** Removes a payload file, or a payload folder with everything in it, and accounts for it. */
async function remove(root: string, file: string, result: PruneResult): Promise<void> {
  const info = await stat(file);
  const files = info.isDirectory()
    ? (await readdir(file, { withFileTypes: true, recursive: true }))
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : [file];
  for (const f of files) {
    const { size } = await stat(f); // read before adding: `bytes += await …` would lose concurrent updates
    result.bytes += size;
    result.removed.push(path.relative(root, f).split(path.sep).join('/'));
  }
  await rm(file, { recursive: true });
}
