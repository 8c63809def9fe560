import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One entry file as read from disk. */
interface SourceFile {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  /** File contents, decoded as UTF-8, BOM removed, line endings normalised to `\n`. */
  text: string;
  /** True when the bytes were not valid UTF-8 (the text then holds U+FFFD where bytes were bad). */
  invalidUtf8: boolean;
}

/**
 * The KB-level declaration of variables, at the root of the content folder: each name's meaning
 * once for every entry (read by `lib/variables/kb-file.ts`).
 */
export const KB_VARIABLES_FILE = '_variables.yml';

/** True for files that are entries: `*.md`, not README/CHANGELOG, not hidden or `_`-prefixed. */
export function isEntryFile(name: string): boolean {
  return name.endsWith('.md') && !/^(readme|changelog|contributing|license)\.md$/i.test(name) && !/^[._]/.test(name);
}

/** Folders that never hold entries: hidden, `_`-prefixed and `node_modules`. */
export function isSkippedFolder(name: string): boolean {
  return /^[._]|^node_modules$/.test(name);
}

/** Lists entry files under `dir` (recursively), sorted, relative to `dir`. */
export async function listEntryFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const dirent of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory() && !isSkippedFolder(dirent.name)) await walk(rel);
      else if (dirent.isFile() && isEntryFile(dirent.name)) found.push(rel);
    }
  };
  await walk('');
  return found.sort();
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Decodes bytes as UTF-8, remembering whether they were valid. */
export function decode(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  try {
    return { text: normalise(strict.decode(bytes)), invalidUtf8: false };
  } catch {
    return { text: normalise(lenient.decode(bytes)), invalidUtf8: true };
  }
}

/** Reads every entry file of a content folder. */
export async function loadSources(dir: string): Promise<SourceFile[]> {
  const files = await listEntryFiles(dir);
  return Promise.all(files.map(async (file) => ({ file, ...decode(await readFile(path.join(dir, file))) })));
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
