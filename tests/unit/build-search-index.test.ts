import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexJson, writeSearchIndex } from '../../lib/build/search-index';
import { createSearchEngine } from '../../lib/search/engine';
import { sampleEntries } from './search-helpers';

describe('the search index npm run build writes into the export', () => {
  it('is a manifest and its shards, as files a working engine reads', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kb-search-index-')), 'search-index');
    const files = searchIndexJson(sampleEntries());
    await writeSearchIndex(dir, files);
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    expect(readdirSync(dir)).toContain('manifest.json');
    const engine = createSearchEngine(async (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    const { results } = await engine.search('exec /usr/local/bin/docker-entrypoint.sh: exec format error', 3);
    expect(results[0].id).toBe('DOCKER_EXEC_FORMAT_001');
  });
});
