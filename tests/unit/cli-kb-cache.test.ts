import { cpSync, mkdtempSync, readdirSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheRootFor, openKb } from '../../lib/cli/kb-cache';
import { loadKb } from '../../lib/content/kb';

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
    const left = readdirSync(cache);
    expect(left.length).toBeLessThanOrEqual(4);
    expect(left.filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('KB_CACHE_DIR=off turns it off; the default lives in node_modules/.cache/kb', () => {
    expect(cacheRootFor({ KB_CACHE_DIR: 'off' }, '/p')).toBeNull();
    expect(cacheRootFor({}, '/p')).toBe(path.join('/p', 'node_modules', '.cache', 'kb'));
    expect(cacheRootFor({ KB_CACHE_DIR: 'c' }, '/p')).toBe(path.join('/p', 'c'));
  });
});
