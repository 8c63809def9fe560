/**
 * The KB as `npm run build` loaded and validated it, handed to Next's build workers in a file.
 * Without it every worker process (two collect page data, two generate pages, on 2 cores) parses
 * every entry again: 3.3 s per process at 5,000 entries, against 0.16 s to read the handed-off
 * JSON (17 MB), measured on the synthetic KB of scripts/bench/synthetic-kb.ts.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Kb, loadKb } from './kb';

/** Names the handed-off file; set by scripts/build.ts for `next build` only. */
export const KB_HANDOFF_ENV = 'KB_LOADED_KB';

/** Writes the loaded KB for the build's workers (whole or not at all: written aside, then renamed). */
export async function writeKbHandoff(file: string, kb: Kb): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(kb));
  await rename(tmp, file);
}

/**
 * The KB of `dir`: the one the build handed off when it names the same folder, else loaded from disk.
 * A handed-off file for another folder, or one that cannot be read, is ignored (the KB is loaded as usual).
 */
export async function loadKbForBuild(
  dir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Kb> {
  const file = env[KB_HANDOFF_ENV];
  if (file) {
    const kb = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as Kb)
      .catch(() => null);
    if (kb && path.resolve(kb.dir) === path.resolve(dir)) return kb;
  }
  return loadKb(dir);
}
