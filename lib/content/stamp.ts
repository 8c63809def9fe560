import { spawn } from 'node:child_process';
import { createHash, type Hash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isEntryFile, isSkippedFolder, KB_VARIABLES_FILE } from './load';

/**
 * Feeds every entry file's path, size and modification time under `dir` (and the KB's `_variables.yml`) into
 * `hash`, in a stable order. Synchronous on purpose: 10,000 awaited `stat` calls spend most of their time waiting on
 * the thread pool (≈ 0.4 s against 30 ms measured). A missing folder adds nothing.
 */
export function stampContent(dir: string, hash: Hash): Hash {
  return hashRecords(walkRecords(dir), hash);
}

/**
 * The files `stampContent` stamps, as GNU `find` lists them from another process, so that the caller's thread stays
 * free (`kb search` answers from its cache meanwhile: docs/benchmarks/cli.md): `stampRecord`s ended by `\0`, in the
 * folders' order, possibly with files the KB skips (`stampFound` sorts and filters them). Resolves `null` where `find`
 * is not GNU `find` or fails (another system, an unreadable folder); the caller then uses `stampContent`.
 */
export function findStamps(dir: string): Promise<string | null> {
  if (process.platform !== 'linux') return Promise.resolve(null);
  // find writes to an unlinked temporary file, not a pipe: a pipe holds 64 KB, and find would wait for this
  // thread to read it, which is exactly what the caller is busy not doing (≈ 450 KB at 10,000 entries).
  let fd: number;
  try {
    const file = path.join(tmpdir(), `kb-stamp-${process.pid}-${randomUUID()}`);
    fd = openSync(file, 'wx+', 0o600);
    unlinkSync(file);
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<string | null>((resolve) => {
    // The folder is absolute, so find never reads it as an option; -H follows it when it is a link (readdirSync does,
    // and without -H find lists nothing there, so edits would never change the stamp); the prune only saves time
    // (isStamped decides).
    const args = ['-H', path.resolve(dir), '-mindepth', '1', '-type', 'd', '(', '-name', '.*', '-o', '-name', '_*'];
    args.push('-o', '-name', 'node_modules', ')', '-prune', '-o', '-type', 'f', '-printf', '%s %T@ %P\\0');
    const find = spawn('find', args, { stdio: ['ignore', fd, 'ignore'] });
    find.on('error', () => resolve(null));
    find.on('close', (code) => resolve(code === 0 ? readFromStart(fd) : null));
  }).finally(() => closeSync(fd));
}

/** `findStamps`' output fed into `hash` as `stampContent` feeds the same files. */
export function stampFound(found: string, hash: Hash): Hash {
  return hashRecords(
    found.split('\0').filter((r) => r !== '' && isStamped(pathOf(r))),
    hash,
  );
}

/** The whole file behind `fd`, whose offset the child process moved to its end. */
function readFromStart(fd: number): string {
  const buffer = Buffer.alloc(fstatSync(fd).size);
  readSync(fd, buffer, 0, buffer.length, 0);
  return buffer.toString('utf8');
}

/**
 * One file as `find -printf '%s %T@ %P'` prints it: size, modification time as seconds and nanoseconds (and a
 * tenth digit, always 0), path. Both ways of stamping write this, so they agree (tests/unit/stamp.test.ts), and
 * the records are hashed as find prints them: parsing 10,000 of them into numbers cost 25–37 ms in a fresh process.
 */
export function stampRecord(rel: string, size: number | bigint, mtimeNs: bigint): string {
  const seconds = mtimeNs >= 0n ? mtimeNs / NS : -((-mtimeNs + NS - 1n) / NS); // find floors, BigInt truncates
  return `${size} ${seconds}.${String(mtimeNs - seconds * NS).padStart(9, '0')}0 ${rel}`;
}

const NS = 1_000_000_000n;

function pathOf(record: string): string {
  return record.slice(record.indexOf(' ', record.indexOf(' ') + 1) + 1);
}

function walkRecords(dir: string): string[] {
  const records: string[] = [];
  const walk = (sub: string): void => {
    let items;
    try {
      items = readdirSync(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      const rel = sub ? `${sub}/${item.name}` : item.name;
      if (item.isDirectory() && !isSkippedFolder(item.name)) walk(rel);
      else if (item.isFile() && isStamped(rel)) {
        const s = statSync(path.join(dir, rel), { bigint: true });
        records.push(stampRecord(rel, s.size, s.mtimeNs));
      }
    }
  };
  walk('');
  return records;
}

/** True for a file the KB reads: an entry file outside skipped folders, or the KB's `_variables.yml`. */
function isStamped(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts.pop()!;
  if (parts.some(isSkippedFolder)) return false;
  return isEntryFile(name) || (parts.length === 0 && name === KB_VARIABLES_FILE);
}

/** No record holds `\0`, and the default sort orders them without calling back into JavaScript. */
function hashRecords(records: string[], hash: Hash): Hash {
  return hash.update(records.sort().join('\0'));
}

/** A short fingerprint of the content folder, for the dev server's live preview. */
export function contentFingerprint(dir: string): string {
  return stampContent(dir, createHash('sha256')).digest('hex').slice(0, 16);
}
