// The name of the CLI cache that holds a KB as it is now: the content (`stampContent`), the folder, the working
// directory (diagnostics show paths relative to it) and the CLI's own code, hashed. An edit, a new file or a new
// version of the tool makes a new one.
import { createHash, type Hash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStamps, stampContent, stampFound } from '../content/stamp';

/** A fingerprint and, when `find` listed the files, a hash of its output as it came: the same output, the same content. */
export interface Fingerprint {
  /** 24 hex digits: the cache folder's name. */
  id: string;
  /** 24 hex digits, or null when the files were stat-ed here. */
  listing: string | null;
}

/** The fingerprint, taken on this thread. */
export function fingerprintOf(dir: string, cwd: string, prefix = headerOf(dir, cwd)): Fingerprint {
  return { id: digest(stampContent(dir, hashFrom(prefix))), listing: null };
}

/**
 * The fingerprint, taken by `find` in another process where it can (see `findStamps`). When find's output is the
 * very text `last` was made from, `last` stands: sorting and filtering 10,000 records cost ≈ 20 ms of this thread.
 */
export async function fingerprintByFind(dir: string, cwd: string, last: Fingerprint | null): Promise<Fingerprint> {
  const found = await findStamps(dir);
  const prefix = headerOf(dir, cwd);
  if (found === null) return fingerprintOf(dir, cwd, prefix);
  const listing = digest(hashFrom(prefix).update(found));
  if (last && last.listing === listing) return last;
  return { id: digest(stampFound(found, hashFrom(prefix))), listing };
}

/** What every fingerprint of this folder starts with: the folder, the working directory and the CLI's own code. */
function headerOf(dir: string, cwd: string): string {
  const self = fileURLToPath(import.meta.url);
  return `${path.resolve(dir)}\n${cwd}\n${self}\0${statSync(self).mtimeMs}\n`;
}

function hashFrom(prefix: string): Hash {
  return createHash('sha256').update(prefix);
}

function digest(hash: Hash): string {
  return hash.digest('hex').slice(0, 24);
}

/** Where the fingerprint last used for a content folder and working directory is kept. */
function lastFile(cacheRoot: string, dir: string, cwd: string): string {
  const key = createHash('sha256')
    .update(`${path.resolve(dir)}\n${cwd}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(cacheRoot, `last-${key}`);
}

/** The fingerprint last used for this folder, or null; anything but the form `writeLast` writes is ignored. */
export function readLast(cacheRoot: string, dir: string, cwd: string): Fingerprint | null {
  try {
    const m = /^([0-9a-f]{24}) ([0-9a-f]{24}|-)$/.exec(readFileSync(lastFile(cacheRoot, dir, cwd), 'utf8'));
    return m && { id: m[1], listing: m[2] === '-' ? null : m[2] };
  } catch {
    return null;
  }
}

/** Notes the fingerprint used now; without the note, the next call only takes the fingerprint before answering. */
export function writeLast(cacheRoot: string, dir: string, cwd: string, fingerprint: Fingerprint): void {
  const file = lastFile(cacheRoot, dir, cwd);
  try {
    writeFileSync(`${file}.tmp-${process.pid}`, `${fingerprint.id} ${fingerprint.listing ?? '-'}`);
    renameSync(`${file}.tmp-${process.pid}`, file);
  } catch {
    // A read-only cache folder only costs speed.
  }
}
