import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { composedValues, compositionCycle } from '../../lib/variables/compose';
import { parseKbVariables } from '../../lib/variables/kb-file';
import { withKbVariables } from '../../lib/variables/kb-merge';
import { variableRule } from '../../lib/variables/value-rules';
import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';
import type { VariableDeclaration } from '../../lib/content/schema';
import { body, entryFile, frontmatter } from './factories';

/** An entry whose solution uses `names`, declaring `variables`. */
function makeEntry({
  variables,
  meta = {},
}: {
  variables: string[];
  meta?: { variables?: Record<string, VariableDeclaration> };
}): EntryModel {
  const solution = `## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Fix — docker]\n\n\`\`\`bash\n${variables.map((n) => `echo __${n}__`).join('\n')}\n\`\`\``;
  const parsed = parseEntryFile(
    'TEST_ENTRY_001.md',
    entryFile(
      frontmatter({ variables: meta.variables }),
      body({ solution, symptoms: '## 🔍 This Is Your Problem If:\n\n- [ ] Log shows `boom`' }),
    ),
  );
  if (!parsed.entry) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.entry;
}

const IMAGE = { IMAGE_REF: '__REGISTRY__/__IMAGE_REPO__:__TAG__' };

describe('composedValues', () => {
  it('builds a value once every part is filled, and only then', () => {
    expect(composedValues({ REGISTRY: 'ghcr.io', IMAGE_REPO: 'acme/api', TAG: '1.4.2' }, IMAGE)).toEqual({
      IMAGE_REF: 'ghcr.io/acme/api:1.4.2',
    });
    expect(composedValues({ REGISTRY: 'ghcr.io', IMAGE_REPO: 'acme/api' }, IMAGE)).toEqual({});
    expect(composedValues({ REGISTRY: 'ghcr.io', IMAGE_REPO: 'acme/api', TAG: '' }, IMAGE)).toEqual({});
  });

  it('never replaces a value the reader typed', () => {
    expect(composedValues({ IMAGE_REF: 'mine:1', REGISTRY: 'a.io', IMAGE_REPO: 'b', TAG: 'c' }, IMAGE)).toEqual({});
  });

  it('resolves nested compositions and leaves a cycle unresolved', () => {
    const nested = { URL: 'https://__HOST_PORT__/v2', HOST_PORT: '__HOST__:__PORT__' };
    expect(composedValues({ HOST: 'r.example', PORT: '5000' }, nested)).toEqual({
      HOST_PORT: 'r.example:5000',
      URL: 'https://r.example:5000/v2',
    });
    const cycle = { A: '__B__-x', B: '__A__-y' };
    expect(composedValues({}, cycle)).toEqual({});
    expect(compositionCycle(cycle)).toEqual(['A', 'B', 'A']);
    expect(compositionCycle(nested)).toBeNull();
  });

  it('inserts a part as typed: a $& or a placeholder in a value stays literal', () => {
    expect(composedValues({ REGISTRY: '$&', IMAGE_REPO: '__TAG__', TAG: 't' }, IMAGE)).toEqual({
      IMAGE_REF: '$&/__TAG__:t',
    });
  });
});

describe('parseKbVariables (_variables.yml)', () => {
  it('reads declarations with their lines', () => {
    const kb = parseKbVariables(
      '# shared\nIMAGE_REF:\n  description: Full reference\n  compose: "__REGISTRY__/__IMAGE_REPO__:__TAG__"\n\nTAG:\n  example: "1.0"\n',
    );
    expect(kb.diagnostics).toEqual([]);
    expect(kb.declarations.IMAGE_REF).toEqual({
      description: 'Full reference',
      compose: '__REGISTRY__/__IMAGE_REPO__:__TAG__',
    });
    expect(kb.lineOf('IMAGE_REF')).toBe(2);
    expect(kb.lineOf('TAG')).toBe(6);
  });

  it('an empty file declares nothing', () => {
    expect(parseKbVariables('# nothing yet\n')).toMatchObject({ declarations: {}, diagnostics: [] });
  });

  it('reports each mistake at its line, with a fix, and keeps the good declarations', () => {
    const text = [
      'GOOD:',
      '  description: fine', // 1-2
      'image_ref:',
      '  description: lower-case name', // 3-4
      'TAG:',
      '  exmaple: "1.0"', // 5-6
      'SLOW:',
      '  pattern: "(a+)+"', // 7-8
      'PORT:',
      '  example: "99999"', // 9-10
      'SELF:',
      '  compose: "x-__SELF__"', // 11-12
      'A:',
      '  compose: "__B__"',
      'B:',
      '  compose: "__A__"', // 13-16
    ].join('\n');
    const kb = parseKbVariables(text);
    const found = kb.diagnostics.map((d) => `${d.line} ${d.code}`);
    expect(found).toEqual([
      '3 invalid-format',
      '6 unknown-field',
      '7 variable-pattern-slow',
      '10 variable-example',
      '11 variable-compose',
      '13 variable-compose',
    ]);
    expect(kb.diagnostics.find((d) => d.code === 'unknown-field')?.hint).toContain('did you mean "example"?');
    expect(kb.diagnostics.find((d) => d.code === 'invalid-format')?.hint).toContain('IMAGE_REF');
    expect(Object.keys(kb.declarations)).toEqual(['GOOD']);
    // Each name whose declaration failed is listed, so its values are refused rather than taken unchecked.
    expect(kb.unusable).not.toContain('GOOD');
    expect(kb.unusable).toEqual(expect.arrayContaining(['SELF', 'A', 'B']));
  });

  it('broken YAML and a list at the top are errors with a line, not exceptions', () => {
    const broken = parseKbVariables('A:\n  description: "unclosed\nB:\n  example: x\n');
    expect(broken.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
    expect(broken.diagnostics[0].message).toContain('_variables.yml is not valid YAML');
    expect(parseKbVariables('- IMAGE_REF\n').diagnostics[0]).toMatchObject({ code: 'wrong-type', line: 1 });
    // Which names the file declares is unknown, so every name is unusable; an empty file declares nothing.
    expect(broken.unusable).toBe('all');
    expect(parseKbVariables('- IMAGE_REF\n').unusable).toBe('all');
    expect(parseKbVariables('# nothing yet\n').unusable).toEqual([]);
  });
});

describe('withKbVariables: a name whose KB declaration failed refuses every value', () => {
  it('marks the name unusable with the line, and its rule refuses any value but the empty one', () => {
    const kb = parseKbVariables('TAG:\n  pattern: "[a-z0-9.]+"\n  exmaple: "1.0"\n');
    expect(kb.unusable).toEqual(['TAG']);
    const { entry } = withKbVariables(makeEntry({ variables: ['TAG', 'OTHER'] }), kb, () => 1);
    expect(entry.meta.variables.TAG.unusable).toBe(
      "TAG's declaration at _variables.yml:1 has an error (run kb validate)",
    );
    expect(entry.meta.variables.OTHER).toBeUndefined();
    const rule = variableRule('TAG', entry.meta.variables.TAG);
    expect(rule.validate('1.0')).toEqual({
      ok: false,
      message: "Not checked, so not used: TAG's declaration at _variables.yml:1 has an error (run kb validate).",
    });
    expect(rule.validate('').ok).toBe(true);
  });

  it('with an unreadable file, every name the entry uses is unusable, built-in kinds included', () => {
    const kb = parseKbVariables('PORT: [unclosed\n');
    const { entry } = withKbVariables(makeEntry({ variables: ['PORT'] }), kb, () => 1);
    expect(variableRule('PORT', entry.meta.variables.PORT).validate('8080').ok).toBe(false);
    expect(variableRule('PORT').validate('8080').ok).toBe(true);
  });
});

describe('withKbVariables: entries use the KB meaning and may narrow it', () => {
  const kb = parseKbVariables(
    'IMAGE_REF:\n  description: Full reference\n  compose: "__REGISTRY__/__IMAGE_REPO__:__TAG__"\nTAG:\n  pattern: "[a-z0-9.]+"\n  example: "1.0"\n',
  );

  it('gives an entry the KB declaration of each name it uses, and of the parts of a composed one', () => {
    const entry = makeEntry({ variables: ['IMAGE_REF'] });
    const { entry: merged, diagnostics } = withKbVariables(entry, kb, () => 9);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(merged.meta.variables)).toEqual(['IMAGE_REF', 'TAG']);
    expect(merged.meta.variables.IMAGE_REF.compose).toBe('__REGISTRY__/__IMAGE_REPO__:__TAG__');
  });

  it("an entry's pattern applies on top of the KB's: a value must fit both", () => {
    const entry = makeEntry({
      variables: ['TAG'],
      meta: { variables: { TAG: { pattern: '[0-9.]+', description: 'Release tag' } } },
    });
    const merged = withKbVariables(entry, kb, () => 9).entry.meta.variables.TAG;
    expect(merged.description).toBe('Release tag');
    const rule = variableRule('TAG', merged);
    expect(rule.validate('1.2').ok).toBe(true);
    expect(rule.validate('abc').ok).toBe(false); // the KB allows it, the entry does not
    expect(rule.validate('1.2_3').ok).toBe(false); // the entry's pattern alone would not say
    expect(
      variableRule(
        'TAG',
        withKbVariables(
          makeEntry({ variables: ['TAG'], meta: { variables: { TAG: { pattern: '[0-9_.]+' } } } }),
          kb,
          () => 9,
        ).entry.meta.variables.TAG,
      ).validate('1_2').ok,
    ).toBe(false);
  });

  it('redefining a composed name, or an example outside the KB format, is an error at the entry line', () => {
    const entry = makeEntry({
      variables: ['IMAGE_REF', 'TAG'],
      meta: { variables: { IMAGE_REF: { compose: '__IMAGE_REPO__:__TAG__' }, TAG: { example: 'Latest!' } } },
    });
    const { diagnostics } = withKbVariables(entry, kb, (name) => (name === 'IMAGE_REF' ? 12 : 14));
    expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['12 variable-redefined', '14 variable-example']);
    expect(diagnostics[0].message).toContain('_variables.yml:1');
  });
});

describe('loadKb with _variables.yml', () => {
  function kbWith(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-vars-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const base = readFileSync('e2e/fixtures/kb/FIX_DECLARED_VARS_001.md', 'utf8').replace(
    /^related_kb: .*$/m,
    'related_kb: []',
  );

  it('checks entries against the meanings the file gives: a part used as a whole value names the file and line', async () => {
    const entry = base.replace(
      'docker run -d -p __PORT__:__PORT__ -e PORT=__PORT__ __IMAGE_NAME__',
      'docker run -d -p __PORT__:__PORT__ __IMAGE_REPO__',
    );
    expect(entry).toContain(' __IMAGE_REPO__');
    const dir = kbWith({
      '_variables.yml': '# one meaning per name\nIMAGE_NAME:\n  compose: "__REGISTRY__/__IMAGE_REPO__:__TAG__"\n',
      'FIX_DECLARED_VARS_001.md': entry,
    });
    const kb = await loadKb(dir, { cwd: dir });
    const meaning = kb.diagnostics.filter((d) => d.code === 'variable-meaning');
    expect(meaning).toHaveLength(1);
    expect(meaning[0].file).toBe('FIX_DECLARED_VARS_001.md');
    expect(meaning[0].message).toContain('IMAGE_REPO means two things');
    expect(meaning[0].message).toContain('_variables.yml:2');
    expect(kb.entries).toHaveLength(1);
  });

  it('an error in the file is reported against it, and entries still load', async () => {
    const dir = kbWith({ '_variables.yml': 'TAG:\n  pattern: "(a+)+"\n', 'FIX_DECLARED_VARS_001.md': base });
    const kb = await loadKb(dir, { cwd: dir });
    expect(kb.diagnostics.find((d) => d.code === 'variable-pattern-slow')).toMatchObject({
      file: '_variables.yml',
      line: 1,
    });
    expect(kb.entries).toHaveLength(1);
  });
});

describe('field hints for declared patterns', () => {
  it('shows a short pattern, and describes a long one by its example', () => {
    expect(variableRule('TAG', { pattern: '[a-z0-9.]+', example: '1.0' }).describe).toBe(
      'a value matching [a-z0-9.]+, such as 1.0',
    );
    const long = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
    expect(variableRule('IMAGE_REPO', { pattern: long, example: 'acme/api' }).describe).toBe(
      'a value matching the declared format, such as acme/api',
    );
    expect(variableRule('IMAGE_REPO', { pattern: long }).describe).toBe(`a value matching ${long}`);
  });
});
