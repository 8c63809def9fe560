import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRscPayload, pruneExport } from '../../lib/build/prune-export';

/** A small export as `next build` writes it: pages, their RSC payloads, assets and content files. */
const EXPORT: Record<string, string> = {
  'index.html': '<html>home</html>',
  'index.txt': '1:"$Sreact.fragment"',
  '__next._tree.txt': 'tree',
  '__next.__PAGE__.txt': 'page',
  '404.html': '<html>404</html>',
  'robots.txt': 'User-agent: *',
  'kb/A_001.html': '<html>a</html>',
  'kb/A_001.txt': 'payload of A',
  'kb/A_001/__next._full.txt': 'full',
  'kb/A_001/__next.kb.$d$id.__PAGE__.txt': 'segment',
  'kb/notes.txt': 'not a page payload',
  'tag/x/__next.tag/seg.txt': 'a segment folder',
  'tag/x.html': '<html>x</html>',
  'search-index/t-0.json': '{}',
  '_next/static/chunks/a.js': 'js',
  '_next/static/__next.keep.txt': 'assets are never touched',
};

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prune-export-'));
  for (const [file, text] of Object.entries(EXPORT)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesLeft(): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('pruneExport', () => {
  it('removes the RSC payload files and says what it removed and how many bytes', async () => {
    const removed = [
      '__next.__PAGE__.txt',
      '__next._tree.txt',
      'index.txt',
      'kb/A_001.txt',
      'kb/A_001/__next._full.txt',
      'kb/A_001/__next.kb.$d$id.__PAGE__.txt',
      'tag/x/__next.tag/seg.txt',
    ];
    const result = await pruneExport(dir);
    expect(result.removed).toEqual(removed.sort());
    expect(result.bytes).toBe(removed.reduce((n, f) => n + Buffer.byteLength(EXPORT[f]), 0));
    expect(await filesLeft()).toEqual(
      Object.keys(EXPORT)
        .filter((f) => !removed.includes(f))
        .sort(),
    );
  });

  it('removes the folders it emptied', async () => {
    await pruneExport(dir);
    expect(existsSync(path.join(dir, 'kb/A_001'))).toBe(false);
    expect(existsSync(path.join(dir, 'tag/x'))).toBe(false);
    expect(existsSync(path.join(dir, 'kb'))).toBe(true);
  });

  it('is idempotent', async () => {
    await pruneExport(dir);
    expect(await pruneExport(dir)).toEqual({ removed: [], bytes: 0 });
  });
});

describe('isRscPayload', () => {
  const siblings = new Set(['a.html', 'a.txt', 'robots.txt']);
  it('knows a page payload by its sibling page, and segment files by name', () => {
    expect(isRscPayload('a.txt', siblings)).toBe(true);
    expect(isRscPayload('robots.txt', siblings)).toBe(false);
    expect(isRscPayload('__next._tree.txt', siblings)).toBe(true);
    expect(isRscPayload('a.html', siblings)).toBe(false);
  });
});
