import path from 'node:path';
import { type OpenedKb, prune, readCache, writeCache } from './kb-cache';
import { type Fingerprint, fingerprintByFind, fingerprintOf, readLast, writeLast } from './kb-fingerprint';

/**
 * Runs `work` on the KB in `dir` and returns its answer. With a cache, `work` first runs on the cache this folder
 * used last time while GNU `find` fingerprints the content in another process (10,000 `stat` calls, ≈ 100 ms here);
 * that answer is returned only when the fingerprint names the same cache, otherwise `work` runs again on the KB as
 * it is. So `work` must not print or write: it may run twice. (`kb search -` at 10,000 entries: docs/benchmarks/cli.md.)
 */
export async function withKb<T>(
  dir: string,
  cacheRoot: string | null,
  cwd: string,
  work: (kb: OpenedKb) => Promise<T>,
): Promise<T> {
  if (!cacheRoot) return work(await openKb(dir, null, cwd));
  const last = readLast(cacheRoot, dir, cwd);
  const taking = fingerprintByFind(dir, cwd, last).catch(() => null);
  const cached = last && readCache(path.join(cacheRoot, last.id));
  const guessed = cached
    ? work(cached).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      )
    : null;
  const now = await taking;
  if (guessed && now && now.id === last?.id) {
    if (now.listing !== last.listing) writeLast(cacheRoot, dir, cwd, now);
    const settled = await guessed;
    if ('error' in settled) throw settled.error;
    return settled.value;
  }
  const kb = await openKb(dir, cacheRoot, cwd, now);
  if (now) writeLast(cacheRoot, dir, cwd, now); // after openKb, which makes the folder
  return work(kb);
}

/**
 * Opens the KB in `dir` through a cache of parsed entries and the search index, kept in `cacheRoot` (kb-cache.ts
 * `cacheRootFor`: the project's `node_modules/.cache/kb`) in a folder named by the content's fingerprint
 * (kb-fingerprint.ts). A cache hit reads no entry file and loads no parser: `kb search` and `kb show` then answer in
 * milliseconds at 10,000 entries (docs/benchmarks/cli.md). Without a usable cache folder it parses as before.
 * `known`: the fingerprint, when the caller has taken it (null when that failed).
 */
export async function openKb(
  dir: string,
  cacheRoot: string | null,
  cwd = process.cwd(),
  known?: Fingerprint | null,
): Promise<OpenedKb> {
  const fingerprint = cacheRoot ? (known !== undefined ? known : tryFingerprint(dir, cwd)) : null;
  const folder = fingerprint && cacheRoot ? path.join(cacheRoot, fingerprint.id) : null;
  const cached = folder && readCache(folder);
  if (cached) return cached;
  const { loadKb } = await import('../content/kb');
  const { indexFilesOf } = await import('../search/build');
  const kb = await loadKb(dir, { cwd });
  const index = indexFilesOf(kb.entries);
  const ids = kb.entries.map((e) => e.id);
  if (folder && cacheRoot && !kb.diagnostics.some((d) => d.code === 'content-missing')) {
    await writeCache(folder, kb.entries, kb.diagnostics, index)
      .then(() => prune(cacheRoot, fingerprint!.id))
      .catch(() => undefined); // a read-only or full disk only costs speed
  }
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  return {
    ids,
    count: ids.length,
    diagnostics: kb.diagnostics,
    cached: false,
    entry: async (id) => byId.get(id),
    indexFile: async (name) => index.get(name),
  };
}

function tryFingerprint(dir: string, cwd: string): Fingerprint | null {
  try {
    return fingerprintOf(dir, cwd);
  } catch {
    return null;
  }
}
