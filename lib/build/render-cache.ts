/**
 * The render cache's folder between builds (see lib/render/cache.ts): one folder per renderer stamp
 * under `node_modules/.cache/kb-render/`, outside `out/`. Folders of other stamps are removed
 * before a build; after it, the per-process files are merged into one.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCacheDir, renderStamp } from '../render/cache';

/** Above this, the merged cache is dropped and the next build starts afresh (a KB rewritten many times over). */
const MAX_BYTES = 512 * 1024 * 1024;

/** The folder for this renderer stamp, created; folders of older stamps removed. Null when `KB_BUILD_CACHE=0`. */
export async function prepareRenderCache(root: string): Promise<string | null> {
  const base = path.join(root, 'node_modules', '.cache', 'kb-render');
  if (process.env.KB_BUILD_CACHE === '0') return null;
  const stamp = renderStamp(root);
  if (existsSync(base)) {
    for (const name of await readdir(base))
      if (name !== stamp) await rm(path.join(base, name), { recursive: true, force: true });
  }
  const dir = path.join(base, stamp);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Merges the folder's files into `cache.jsonl` and returns how many results it holds (0 when it grew
 * past the bound and was dropped). A concurrent build's results may be lost; that costs time, never output.
 */
export async function compactRenderCache(dir: string): Promise<number> {
  const entries = readCacheDir(dir);
  const text = [...entries].map((e) => `${JSON.stringify(e)}\n`).join('');
  const keep = text.length < MAX_BYTES;
  const tmp = path.join(dir, `cache.tmp-${process.pid}`);
  if (keep) await writeFile(tmp, text);
  for (const name of await readdir(dir)) if (name.endsWith('.jsonl')) await rm(path.join(dir, name), { force: true });
  if (keep) await rename(tmp, path.join(dir, 'cache.jsonl'));
  return keep ? entries.size : 0;
}
