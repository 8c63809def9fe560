import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eachLimited } from '../../lib/build/each-limited';
import { KB_HANDOFF_ENV, readKbHandoff, writeKbHandoff } from '../../lib/content/handoff';
import { loadKb } from '../../lib/content/kb';

const starter = path.resolve(import.meta.dirname, '../../content');
const scratch = await mkdtemp(path.join(tmpdir(), 'kb-handoff-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the KB handed from the build to its workers', () => {
  it('is the KB the build loaded, entry for entry', async () => {
    const kb = await loadKb(starter);
    const file = path.join(scratch, 'kb.json');
    await writeKbHandoff(file, kb);
    expect(await readKbHandoff(starter, { [KB_HANDOFF_ENV]: file })).toEqual(kb);
  });

  it('is used only for the folder it was loaded from', async () => {
    const kb = await loadKb(starter);
    const file = path.join(scratch, 'other.json');
    await writeKbHandoff(file, { ...kb, dir: '/somewhere/else', entries: [] });
    expect(await readKbHandoff(starter, { [KB_HANDOFF_ENV]: file })).toBeNull();
  });

  it('is null when no file is named, or the file is missing or torn', async () => {
    const torn = path.join(scratch, 'torn.json');
    await writeFile(torn, '{"dir":');
    expect(await readKbHandoff(starter, { [KB_HANDOFF_ENV]: torn })).toBeNull();
    expect(await readKbHandoff(starter, { [KB_HANDOFF_ENV]: path.join(scratch, 'absent.json') })).toBeNull();
    expect(await readKbHandoff(starter, {})).toBeNull();
  });

  it('is what the pages read outside development: without it they stop and name `npm run build`', async () => {
    const named = process.env[KB_HANDOFF_ENV];
    delete process.env[KB_HANDOFF_ENV];
    try {
      const { getKb } = await import('../../lib/site/load');
      await expect(getKb()).rejects.toThrow(/run that rather than `next build` alone/);
    } finally {
      if (named !== undefined) process.env[KB_HANDOFF_ENV] = named;
    }
  });
});

describe('eachLimited', () => {
  it('runs every item once with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await eachLimited([...Array(50).keys()], 4, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, i % 3));
      seen.push(i);
      inFlight--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect(most).toBe(4);
  });

  it('rejects when a call fails', async () => {
    await expect(
      eachLimited([1, 2, 3], 2, async (i) => {
        if (i === 2) throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
  });
});
