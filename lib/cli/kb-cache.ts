import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics';
import { stampContent } from '../content/stamp';
import type { EntryModel } from '../content/model';

/** A KB as the CLI reads it: ids and diagnostics at once, each entry and index file only when asked for. */
interface OpenedKb {
  /** Valid entry ids, sorted. */
  ids: string[];
  diagnostics: Diagnostic[];
  entry(id: string): Promise<EntryModel | undefined>;
  /** Reads one search-index file (`manifest.json`, `t-3.json` …), for `createSearchEngine`. */
  indexFile(name: string): Promise<unknown>;
  /** True when the KB came from the cache (no entry was parsed). */
  cached: boolean;
}

interface Meta {
  /** Valid entry ids, sorted: entry `ids[i]` is in pack `floor(i / PACK_SIZE)`. */
  ids: string[];
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

/**
 * Opens the KB in `dir` through a cache of parsed entries and the search index, kept in `cacheRoot`
 * (`node_modules/.cache/kb`) and keyed by a fingerprint of every entry file's path, size and modification
 * time plus the CLI's own code, so an edit, a new file or a new version of the tool makes a fresh one.
 * A cache hit reads no entry file and loads no parser: `kb search` and `kb show` then answer in
 * milliseconds at 10,000 entries (docs/benchmarks/cli.md). Without a usable cache folder it parses as before.
 */
export async function openKb(dir: string, cacheRoot: string | null, cwd = process.cwd()): Promise<OpenedKb> {
  const fingerprint = cacheRoot ? await fingerprintOf(dir, cwd).catch(() => null) : null;
  const folder = fingerprint && cacheRoot ? path.join(cacheRoot, fingerprint) : null;
  const meta = folder ? readJson<Meta>(path.join(folder, 'meta.json')) : null;
  if (folder && meta) return fromCache(folder, meta);
  const { loadKb } = await import('../content/kb');
  const { indexFilesOf } = await import('../search/build');
  const kb = await loadKb(dir, { cwd });
  const index = indexFilesOf(kb.entries);
  if (folder && cacheRoot && !kb.diagnostics.some((d) => d.code === 'content-missing')) {
    await writeCache(folder, kb.entries, { ids: kb.entries.map((e) => e.id), diagnostics: kb.diagnostics }, index)
      .then(() => prune(cacheRoot, fingerprint!))
      .catch(() => undefined); // a read-only or full disk only costs speed
  }
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  return {
    ids: kb.entries.map((e) => e.id),
    diagnostics: kb.diagnostics,
    cached: false,
    entry: async (id) => byId.get(id),
    indexFile: async (name) => index.get(name),
  };
}

function fromCache(folder: string, meta: Meta): OpenedKb {
  const position = new Map(meta.ids.map((id, i) => [id, i]));
  return {
    ids: meta.ids,
    diagnostics: meta.diagnostics,
    cached: true,
    entry: async (id) => {
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

/** The content (see `stampContent`), the folder, the working directory (diagnostics show paths relative to it) and the CLI's own code, hashed. */
async function fingerprintOf(dir: string, cwd: string): Promise<string> {
  const self = fileURLToPath(import.meta.url);
  const hash = createHash('sha256').update(`${path.resolve(dir)}\n${cwd}\n${self}\0${statSync(self).mtimeMs}\n`);
  return stampContent(dir, hash).digest('hex').slice(0, 24);
}

/** Writes the cache into a temporary folder and renames it into place, so a reader never sees half of it. */
async function writeCache(
  folder: string,
  entries: readonly EntryModel[],
  meta: Meta,
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
async function prune(cacheRoot: string, current: string): Promise<void> {
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

/** The cache folder for a working directory: `KB_CACHE_DIR`, else `node_modules/.cache/kb`; `KB_CACHE_DIR=off` disables it. */
export function cacheRootFor(env: Record<string, string | undefined>, cwd: string): string | null {
  if (env.KB_CACHE_DIR === 'off') return null;
  return env.KB_CACHE_DIR ? path.resolve(cwd, env.KB_CACHE_DIR) : path.join(cwd, 'node_modules', '.cache', 'kb');
}
