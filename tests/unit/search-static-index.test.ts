import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_HANDOFF_ENV, writeKbHandoff } from '../../lib/content/handoff';
import { loadKb } from '../../lib/content/kb';
import { createSearchEngine } from '../../lib/search/engine';
import { INDEX_FORMAT } from '../../lib/search/shards';
import { searchIndexFiles } from '../../lib/search/static-index';

const content = path.resolve(import.meta.dirname, '../../content');
process.env.KB_CONTENT_DIR = content;
// As `npm run build` does: the pages read the KB it validated from a handed-off file.
const handoff = path.join(await mkdtemp(path.join(tmpdir(), 'kb-static-index-')), 'kb.json');
await writeKbHandoff(handoff, await loadKb(content));
process.env[KB_HANDOFF_ENV] = handoff;

describe('the static search index of the site', () => {
  it('has a manifest, term shards and document shards for every entry of the KB', async () => {
    const files = await searchIndexFiles();
    const kb = await loadKb(content);
    expect(files.get('manifest.json')).toMatchObject({ format: INDEX_FORMAT, docs: kb.entries.length });
    expect([...files.keys()].every((name) => /^(manifest|[td]-\d+)\.json$/.test(name))).toBe(true);
    const docs = [...files].filter(([name]) => name.startsWith('d-')).flatMap(([, shard]) => shard as { id: string }[]);
    expect(docs.map((d) => d.id).sort()).toEqual(kb.entries.map((e) => e.id).sort());
  });

  it('serves a working engine once written as JSON files', async () => {
    const files = new Map([...(await searchIndexFiles())].map(([name, value]) => [name, JSON.stringify(value)]));
    const engine = createSearchEngine(async (name) => JSON.parse(files.get(name) ?? 'null'));
    const { results } = await engine.search('fatal: refusing to merge unrelated histories', 3);
    expect(results[0].id).toBe('GIT_UNRELATED_HISTORIES_001');
  });
});
