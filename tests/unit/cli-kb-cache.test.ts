import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRootFor } from '../../lib/cli/kb-cache';
import { openKb, withKb } from '../../lib/cli/kb-open';
import type { OpenedKb } from '../../lib/cli/kb-cache';
import { loadKb } from '../../lib/content/kb';
import { search } from '../../lib/cli/search';
import { fakeIO } from './cli-helpers';

const TITLE = 'Fixture: Minimal entry with only the required sections';

function setup() {
  const base = mkdtempSync(path.join(tmpdir(), 'kb-cache-test-'));
  const content = path.join(base, 'content');
  cpSync('e2e/fixtures/kb', content, { recursive: true });
  return { base, content, cache: path.join(base, 'cache') };
}

describe('the CLI cache of parsed entries and the search index', () => {
  it('parses once, then answers from the cache with the same entries and index', async () => {
    const { base, content, cache } = setup();
    const first = await openKb(content, cache, base);
    expect(first.cached).toBe(false);
    const second = await openKb(content, cache, base);
    expect(second.cached).toBe(true);
    expect(second.ids).toEqual(first.ids);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(await second.entry('FIX_MINIMAL_001')).toEqual(await first.entry('FIX_MINIMAL_001'));
    expect(await second.indexFile('manifest.json')).toEqual(await first.indexFile('manifest.json'));
    expect(await second.entry('NOPE_001')).toBeUndefined();
    await expect(second.indexFile('../meta.json')).rejects.toThrow(/not an index file/);
  });

  it('an edited, added or removed entry makes a fresh cache, and the result matches a full parse', async () => {
    const { base, content, cache } = setup();
    await openKb(content, cache, base);
    const file = path.join(content, 'FIX_MINIMAL_001.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Fixture: Minimal entry', '# Fixture: Edited entry'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const edited = await openKb(content, cache, base);
    expect(edited.cached).toBe(false);
    expect((await edited.entry('FIX_MINIMAL_001'))?.title).toContain('Edited entry');
    const again = await openKb(content, cache, base);
    expect(again.cached).toBe(true);
    expect((await again.entry('FIX_MINIMAL_001'))?.title).toContain('Edited entry');
    expect(again.ids).toEqual((await loadKb(content)).entries.map((e) => e.id));
  });

  it('keeps only the newest fingerprints and leaves no temporary folder', async () => {
    const { base, content, cache } = setup();
    const file = path.join(content, 'FIX_MINIMAL_001.md');
    for (let i = 0; i < 6; i++) {
      utimesSync(file, new Date(), new Date(Date.now() + i * 10_000));
      await openKb(content, cache, base);
    }
    const left = readdirSync(cache, { withFileTypes: true });
    expect(left.filter((i) => i.isDirectory()).length).toBeLessThanOrEqual(4);
    expect(left.filter((i) => i.name.includes('.tmp-'))).toEqual([]);
  });

  it('withKb answers from the cache used last time once the fingerprint confirms it, running the work once', async () => {
    const { base, content, cache } = setup();
    const titles = async () => {
      const seen: boolean[] = [];
      const title = await withKb(content, cache, base, async (kb) => {
        seen.push(kb.cached);
        return (await kb.entry('FIX_MINIMAL_001'))?.title;
      });
      return { title, seen };
    };
    expect(await titles()).toEqual({ title: TITLE, seen: [false] });
    expect(await titles()).toEqual({ title: TITLE, seen: [true] });
    expect(await withKb(content, cache, base, async (kb) => kb.count)).toBe((await loadKb(content)).entries.length);
  });

  it('withKb never answers from a cache the content has moved on from: the work runs again on the KB as it is', async () => {
    const { base, content, cache } = setup();
    const title = (kb: OpenedKb) => kb.entry('FIX_MINIMAL_001').then((e) => e?.title);
    await withKb(content, cache, base, title);
    const file = path.join(content, 'FIX_MINIMAL_001.md');
    // Saved in place, same size: only the modification time tells.
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Fixture: Minimal entry', '# Fixture: MINIMAL ENTRY'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const runs: boolean[] = [];
    const answer = await withKb(content, cache, base, async (kb) => (runs.push(kb.cached), title(kb)));
    expect(answer).toBe(TITLE.replace('Minimal entry', 'MINIMAL ENTRY'));
    expect(runs).toEqual([true, false]); // the stale cache's answer was thrown away
    expect(await withKb(content, cache, base, title)).toBe(TITLE.replace('Minimal entry', 'MINIMAL ENTRY'));
  });

  it('withKb ignores a damaged note of the last cache, and an error from the stale cache', async () => {
    const { base, content, cache } = setup();
    await withKb(content, cache, base, async () => 0);
    const note = readdirSync(cache).find((n) => n.startsWith('last-'))!;
    writeFileSync(path.join(cache, note), '../../etc x');
    const runs: boolean[] = [];
    expect(await withKb(content, cache, base, async (kb) => (runs.push(kb.cached), kb.count))).toBeGreaterThan(0);
    expect(runs).toEqual([true]); // once, from the cache the fingerprint names
    expect(readFileSync(path.join(cache, note), 'utf8')).toMatch(/^[0-9a-f]{24} [0-9a-f]{24}$/);
    utimesSync(path.join(content, 'FIX_MINIMAL_001.md'), new Date(), new Date(Date.now() + 9000));
    const answer = await withKb(content, cache, base, async (kb) => {
      if (kb.cached) throw new Error('stale');
      return 'fresh';
    });
    expect(answer).toBe('fresh');
  });

  it('a cache folder missing a file is parsed again, not read as a KB without entries', async () => {
    const { base, content, cache } = setup();
    await withKb(content, cache, base, async () => 0);
    const folder = readdirSync(cache).find((n) => /^[0-9a-f]{24}$/.test(n))!;
    rmSync(path.join(cache, folder, 'ids.json'));
    const title = await withKb(content, cache, base, async (kb) => (await kb.entry('FIX_MINIMAL_001'))?.title);
    expect(title).toBe(TITLE);
  });

  it('KB_CACHE_DIR=off turns it off; KB_CACHE_DIR moves it', () => {
    expect(cacheRootFor({ KB_CACHE_DIR: 'off' }, '/p')).toBeNull();
    expect(cacheRootFor({ KB_CACHE_DIR: 'c' }, '/p')).toBe(path.join('/p', 'c'));
  });

  it("the default lives in the nearest Node project's node_modules/.cache/kb, else in the user's cache folder", () => {
    const projectAt = (root: string) => (file: string) => file === path.join(root, 'package.json');
    expect(cacheRootFor({}, '/p', projectAt('/p'))).toBe(path.join('/p', 'node_modules', '.cache', 'kb'));
    // Run from a folder inside the project, the cache is still the project's, not a new node_modules beside the logs.
    expect(cacheRootFor({}, '/p/logs/today', projectAt('/p'))).toBe(path.join('/p', 'node_modules', '.cache', 'kb'));
    const none = () => false;
    expect(cacheRootFor({ HOME: '/home/u' }, '/tmp/logs', none)).toBe(path.join('/home/u', '.cache', 'kb'));
    expect(cacheRootFor({ HOME: '/home/u', XDG_CACHE_HOME: '/c' }, '/tmp/logs', none)).toBe(path.join('/c', 'kb'));
    expect(cacheRootFor({}, '/tmp/logs', none)).toBeNull();
  });

  it('kb search run in a folder of logs outside any Node project writes no node_modules there', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kb-cwd-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'kb-xdg-'));
    const { content } = setup();
    const { io } = fakeIO({ cwd, env: { XDG_CACHE_HOME: cache } });
    expect(await search(['--content', content, 'anything at all'], io)).toBe(1);
    expect(existsSync(path.join(cwd, 'node_modules'))).toBe(false);
  });
});
