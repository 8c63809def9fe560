import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';

/** A KB as the CLI reads it: ids and diagnostics at once, each entry and index file only when asked for. */
export interface OpenedKb {
  /** Valid entry ids, sorted. */
  readonly ids: string[];
  /** How many entries are valid. */
  count: number;
  diagnostics: Diagnostic[];
  entry(id: string): Promise<EntryModel | undefined>;
  /** Reads one search-index file (`manifest.json`, `t-3.json` …), for `createSearchEngine`. */
  indexFile(name: string): Promise<unknown>;
  /** True when the KB came from the cache (no entry was parsed). */
  cached: boolean;
}

/** `meta.json`. Beside it, `ids.json` lists the valid ids, sorted: entry `ids[i]` is in pack `floor(i / PACK_SIZE)`. */
interface Meta {
  count: number;
  diagnostics: Diagnostic[];
}

/**
 * Entries per cache file. One file per entry made the cold call at 10,000 entries write 10,000 files
 * (18.5 s against 13.8 s without a cache); packs of 64 write 157 files, and `kb show` then parses one
 * pack (about 64 × 5 KB of JSON, a few milliseconds) instead of one entry (docs/benchmarks/cli.md).
 */
const PACK_SIZE = 64;

/** How many fingerprints are kept per cache folder; older ones are removed after a new one is written. */
const KEEP = 4;

/** The cache in `folder`, or null when there is none (or a file of it is missing: it is then parsed again). */
export function readCache(folder: string): OpenedKb | null {
  const meta = readJson<Meta>(path.join(folder, 'meta.json'));
  return meta && existsSync(path.join(folder, 'ids.json')) ? fromCache(folder, meta) : null;
}

function fromCache(folder: string, meta: Meta): OpenedKb {
  // Read on first use: kb search only counts the entries (10,000 ids are 190 KB of JSON).
  let ids: string[] | undefined;
  let position: Map<string, number> | undefined;
  const idsNow = () => (ids ??= readJson<string[]>(path.join(folder, 'ids.json')) ?? damaged(folder));
  return {
    get ids() {
      return idsNow();
    },
    count: meta.count,
    diagnostics: meta.diagnostics,
    cached: true,
    entry: async (id) => {
      position ??= new Map(idsNow().map((known, i) => [known, i]));
      const i = position.get(id);
      if (i === undefined) return undefined;
      const pack = readJson<EntryModel[]>(path.join(folder, 'entries', packFile(Math.floor(i / PACK_SIZE))));
      return pack?.find((e) => e.id === id);
    },
    indexFile: async (name) => {
      if (!/^[\w.-]+\.json$/.test(name)) throw new Error(`not an index file: ${name}`);
      const data = readJson<unknown>(path.join(folder, 'index', name));
      if (data === null) throw new Error(`index file ${name} missing from the cache`);
      return data;
    },
  };
}

function damaged(folder: string): never {
  throw new Error(`the KB cache in ${folder} is damaged (ids.json does not parse): delete that folder and run again`);
}

/** Writes the cache into a temporary folder and renames it into place, so a reader never sees half of it. */
export async function writeCache(
  folder: string,
  entries: readonly EntryModel[],
  diagnostics: Diagnostic[],
  index: Map<string, unknown>,
): Promise<void> {
  const temp = `${folder}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  try {
    await mkdir(path.join(temp, 'entries'), { recursive: true });
    await mkdir(path.join(temp, 'index'));
    for (let start = 0; start < entries.length; start += PACK_SIZE) {
      const pack = JSON.stringify(entries.slice(start, start + PACK_SIZE));
      await writeFile(path.join(temp, 'entries', packFile(start / PACK_SIZE)), pack);
    }
    for (const [name, data] of index) await writeFile(path.join(temp, 'index', name), JSON.stringify(data));
    await writeFile(path.join(temp, 'ids.json'), JSON.stringify(entries.map((e) => e.id)));
    const meta: Meta = { count: entries.length, diagnostics };
    await writeFile(path.join(temp, 'meta.json'), JSON.stringify(meta));
    await rename(temp, folder);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

function packFile(n: number): string {
  return `p-${n}.json`;
}

/** Removes all but the newest KEEP fingerprints (and leftovers of killed writers). */
export async function prune(cacheRoot: string, current: string): Promise<void> {
  const items = await readdir(cacheRoot, { withFileTypes: true });
  const dated = await Promise.all(
    items
      .filter((i) => i.isDirectory() && i.name !== current)
      .map(async (i) => ({ name: i.name, at: (await stat(path.join(cacheRoot, i.name))).mtimeMs })),
  );
  const old = dated.sort((a, b) => b.at - a.at).slice(KEEP - 1);
  await Promise.all(old.map((o) => rm(path.join(cacheRoot, o.name), { recursive: true, force: true })));
}

/**
 * Synchronous on purpose: a warm `kb search -` at 10,000 entries reads about a dozen cache files, and awaiting
 * each left the process idle between them (median 367 → 348 ms, alternating runs; docs/benchmarks/cli.md).
 */
function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * The cache folder for a working directory: `KB_CACHE_DIR` (`off` disables the cache); else `node_modules/.cache/kb`
 * of the nearest folder at or above `cwd` that holds a `package.json`, as Babel and AVA keep theirs (find-cache-dir's
 * convention); else, outside any Node project, the user's cache folder (`$XDG_CACHE_HOME/kb`, `%LOCALAPPDATA%\kb`,
 * `~/.cache/kb`), so that `kb search` run in a folder of logs does not create a `node_modules` there. Null when none of
 * those is known. `isFile` is injected so the rule is testable without a file system.
 */
export function cacheRootFor(
  env: Record<string, string | undefined>,
  cwd: string,
  isFile: (file: string) => boolean = existsSync,
): string | null {
  if (env.KB_CACHE_DIR === 'off') return null;
  if (env.KB_CACHE_DIR) return path.resolve(cwd, env.KB_CACHE_DIR);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, 'package.json'))) return path.join(dir, 'node_modules', '.cache', 'kb');
    if (path.dirname(dir) === dir) break;
  }
  const userCache = env.XDG_CACHE_HOME || env.LOCALAPPDATA || (env.HOME && path.join(env.HOME, '.cache'));
  return userCache ? path.join(userCache, 'kb') : null;
}
