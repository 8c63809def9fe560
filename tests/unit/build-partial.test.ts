import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeStamp, pageHashes, reusablePages, type BuildState } from '../../lib/build/partial';
import { withoutReusedPages } from '../../lib/build/reused-pages';
import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';
import { body, entryFile, frontmatter } from './factories';

function entry(id: string, related: string[] = [], title = `# Title of ${id}`, solution?: string): EntryModel {
  const parsed = parseEntryFile(
    `${id}.md`,
    entryFile(frontmatter({ kb_id: id, related_kb: related }), body({ title, solution })),
  );
  if (!parsed.entry) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.entry;
}

/** An output folder holding a page for each id. */
function outWith(ids: string[]): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kb-out-'));
  mkdirSync(path.join(out, 'kb'));
  for (const id of ids) writeFileSync(path.join(out, 'kb', `${id}.html`), id);
  return out;
}

describe('partial rebuilds', () => {
  const a = entry('A_001', ['B_001']);
  const b = entry('B_001');
  const c = entry('C_001');
  const last: BuildState = { stamp: 's1', pages: pageHashes([a, b, c]) };
  const out = outWith(['A_001', 'B_001', 'C_001']);

  it('reuses every page when nothing changed, none when the code stamp changed', () => {
    expect(reusablePages(last, { stamp: 's1', pages: pageHashes([a, b, c]) }, out)).toEqual([
      'A_001',
      'B_001',
      'C_001',
    ]);
    expect(reusablePages(last, { stamp: 's2', pages: pageHashes([a, b, c]) }, out)).toEqual([]);
    expect(reusablePages(null, last, out)).toEqual([]);
  });

  it('regenerates a changed entry and the pages that show its title (related, referenced by), not the others', () => {
    const b2 = entry('B_001', [], '# A new title of B_001');
    expect(reusablePages(last, { stamp: 's1', pages: pageHashes([a, b2, c]) }, out)).toEqual(['C_001']);
    const c2 = entry(
      'C_001',
      [],
      undefined,
      '## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Other — Tool]\n\n```bash\necho changed\n```',
    );
    expect(reusablePages(last, { stamp: 's1', pages: pageHashes([a, b, c2]) }, out)).toEqual(['A_001', 'B_001']);
  });

  it('rebuilds everything when an entry is added or removed, and a page missing from the output', () => {
    expect(reusablePages(last, { stamp: 's1', pages: pageHashes([a, b]) }, out)).toEqual([]);
    expect(reusablePages(last, { stamp: 's1', pages: pageHashes([a, b, c, entry('D_001')]) }, out)).toEqual([]);
    expect(reusablePages(last, last, outWith(['A_001', 'C_001']))).toEqual(['A_001', 'C_001']);
  });

  it('leaves the reused pages out of generateStaticParams', () => {
    const list = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-reuse-')), 'reuse.json');
    writeFileSync(list, JSON.stringify(['B_001']));
    expect(withoutReusedPages(['A_001', 'B_001', 'C_001'], { KB_REUSE_PAGES: list })).toEqual(['A_001', 'C_001']);
    expect(withoutReusedPages(['A_001'], {})).toEqual(['A_001']);
  });

  it('stamps the code and the site settings', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kb-code-'));
    for (const dir of ['app', 'components', 'lib'])
      cpSync(path.join(import.meta.dirname, '../..', dir), path.join(root, dir), { recursive: true });
    const stamp = codeStamp(root, {});
    expect(codeStamp(root, {})).toBe(stamp);
    expect(codeStamp(root, { KB_SITE_URL: 'https://kb.example.com' })).not.toBe(stamp);
    writeFileSync(path.join(root, 'components/entry/toc.tsx'), '\n', { flag: 'a' });
    expect(codeStamp(root, {})).not.toBe(stamp);
    const content = mkdtempSync(path.join(os.tmpdir(), 'kb-content-'));
    writeFileSync(path.join(content, 'A_001.md'), 'entry');
    const withContent = codeStamp(root, {}, content);
    writeFileSync(path.join(content, 'A_001.md'), 'entry, edited');
    expect(codeStamp(root, {}, content)).toBe(withContent);
    writeFileSync(path.join(content, '_variables.yml'), 'variables: {}\n');
    expect(codeStamp(root, {}, content)).not.toBe(withContent);
  });
});
