import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { checkCapturePlaceholders } from '../../lib/search/capture-check';
import { makeEntry } from './search-helpers';

describe('capture placeholders in error strings', () => {
  it('accepts placeholders that name a variable the commands use', () => {
    const entry = makeEntry({
      id: 'ARCH_001',
      title: 'Wrong architecture',
      symptoms: ['`exec /usr/bin/... : exec format error` for `__IMAGE_NAME__`'],
    });
    expect(entry.variables).toContain('IMAGE_NAME');
    expect(checkCapturePlaceholders(entry)).toEqual([]);
  });

  it('reports a placeholder that names no variable of the entry, at the symptom line', () => {
    const entry = makeEntry({
      id: 'PULL_001',
      title: 'Pull denied',
      symptoms: ['`pull access denied for __IMAGE__, repository does not exist`'],
    });
    const [d] = checkCapturePlaceholders(entry);
    expect(d).toMatchObject({ severity: 'error', code: 'capture-unknown-variable', line: entry.symptoms[0].line });
    expect(d.message).toContain('__IMAGE__');
    expect(d.hint).toContain('__IMAGE_NAME__');
  });

  it('passes on every starter entry', async () => {
    const kb = await loadKb(path.resolve(import.meta.dirname, '../../content'));
    expect(kb.entries.flatMap((e) => checkCapturePlaceholders(e).map((d) => `${e.id}: ${d.message}`))).toEqual([]);
  });
});
