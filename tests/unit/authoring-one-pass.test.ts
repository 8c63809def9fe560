import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { body, entryFile, frontmatter } from './factories';

/** Line of the first line of `file` that contains `text` (1-based). */
function lineOf(file: string, text: string): number {
  return file.split('\n').findIndex((l) => l.includes(text)) + 1;
}

/**
 * One instance of each mistake class of issue 12, one per file. A single `kb validate` must report
 * each once, at the line the author has to change.
 */
function mistakes(): Record<string, { text: string; expect: [string, string][] }> {
  const id = (kb_id: string, more: Record<string, unknown> = {}) => frontmatter({ kb_id, ...more });
  const verification = '## ✔️ Verification\n\n```bash\ndocker info\n```\n\n**Expected**:\n✓ a version';
  const yamlTab = entryFile(id('YAML_TAB_001', { created: '2026-13-45', titel: 'x' })).replace(
    'complexity: 2',
    '\tcomplexity: 2',
  );
  return {
    // A tab breaks the YAML on one line; the bad date and the unknown key on other lines are still reported.
    'YAML_TAB_001.md': {
      text: yamlTab,
      expect: [
        ['yaml-syntax', '\tcomplexity'],
        ['invalid-date', 'created:'],
        ['unknown-field', 'titel:'],
      ],
    },
    'DATE_FORM_001.md': {
      text: entryFile(id('DATE_FORM_001', { created: '02/12/2026' })),
      expect: [['invalid-date', 'created:']],
    },
    'HEADING_TYPO_001.md': {
      text: entryFile(
        id('HEADING_TYPO_001'),
        body({ symptoms: '## 🔍 This Is Your Problm If:\n\n- [ ] Log shows `exec format error`' }),
      ),
      expect: [['missing-section', 'This Is Your Problm If']],
    },
    'VERIFY_RENAMED_001.md': {
      text: entryFile(
        id('VERIFY_RENAMED_001'),
        body({ rest: verification.replace('## ✔️ Verification', '## Test it worked') }),
      ),
      expect: [['unknown-section', '## Test it worked']],
    },
    'PLACEHOLDER_TYPO_001.md': {
      text: entryFile(
        id('PLACEHOLDER_TYPO_001', { variables: { PG_HOST: { description: 'database host' } } }),
        body({
          rest: '## ✔️ Verification\n\n```bash\npg_isready -h __PG_HOST__\npsql -h __PG_HSOT__ -c "select 1"\n```',
        }),
      ),
      expect: [['variable-typo', '__PG_HSOT__']],
    },
    'DUPLICATE_001.md': { text: entryFile(id('DUPLICATE_001')), expect: [['duplicate-id', 'kb_id:']] },
    // The second file with this id also has a bad date: the duplicate is still reported, beside the date.
    'sub/DUPLICATE_001.md': {
      text: entryFile(id('DUPLICATE_001', { created: '2026-02-30' })),
      expect: [
        ['duplicate-id', 'kb_id:'],
        ['invalid-date', 'created:'],
      ],
    },
    'renamed-file.md': { text: entryFile(id('NAME_MISMATCH_001')), expect: [['file-name-mismatch', 'kb_id:']] },
    'RELATED_TYPO_001.md': {
      text: entryFile(id('RELATED_TYPO_001', { related_kb: ['DATE_FORM_01'] })),
      expect: [['unknown-related', '- DATE_FORM_01']],
    },
  };
}

describe('kb validate reports every mistake in one run, one diagnostic each, at the right line', () => {
  it('on a KB seeded with one instance of each mistake class', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-mistakes-'));
    const files = mistakes();
    for (const [name, f] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), f.text);
    }
    const kb = await loadKb(dir, { cwd: dir });
    const got = kb.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`).sort();
    const want = Object.entries(files)
      .flatMap(([name, f]) => f.expect.map(([code, at]) => `${name}:${lineOf(f.text, at)} ${code}`))
      .sort();
    expect(got).toEqual(want);
  });

  it('names the heading the author meant', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-mistakes-'));
    writeFileSync(path.join(dir, 'HEADING_TYPO_001.md'), mistakes()['HEADING_TYPO_001.md'].text);
    const [d] = (await loadKb(dir, { cwd: dir })).diagnostics;
    expect(d.message).toBe(
      'the required symptom checklist is missing: heading "This Is Your Problm If:" is not a section heading the template knows; did you mean "This Is Your Problem If"?',
    );
  });
});
