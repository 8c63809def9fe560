/**
 * The KB as `npm run build` loaded and validated it, handed to Next's build workers in a file.
 * Without it every worker process (two collect page data, two generate pages, on 2 cores) would parse
 * every entry again: 3.3 s per process at 5,000 entries, against 0.16 s to read the handed-off
 * JSON (17 MB), measured on the synthetic KB of scripts/bench/synthetic-kb.ts.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kb } from './kb';

/** Names the handed-off file; set by scripts/build.ts for `next build` only. */
export const KB_HANDOFF_ENV = 'KB_LOADED_KB';

/** Writes the loaded KB for the build's workers (whole or not at all: written aside, then renamed). */
export async function writeKbHandoff(file: string, kb: Kb): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(kb));
  await rename(tmp, file);
}

/**
 * The KB that `npm run build` handed off for `dir`, or null: no file named, or one that is for another folder or
 * cannot be read. Reads no entry file and imports no parser, so the pages' production bundle holds neither
 * (lib/site/load.ts).
 */
export async function readKbHandoff(
  dir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Kb | null> {
  const file = env[KB_HANDOFF_ENV];
  if (!file) return null;
  const kb = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Kb)
    .catch(() => null);
  return kb && path.resolve(kb.dir) === path.resolve(dir) ? kb : null;
}
