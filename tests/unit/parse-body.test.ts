import { describe, expect, it } from 'vitest';
import { parseBody } from '../../lib/parse';
import { lexBlocks } from '../../lib/parse/blocks';
import { inlineCodeSpans, labelledFields } from '../../lib/parse/inline';
import { sectionKind } from '../../lib/parse/sections';
import { body } from './factories';

describe('lexBlocks', () => {
  it('gives every block its line in the file', () => {
    const blocks = lexBlocks('# T\n\npara\n\n```sh\nx\n```\n\n- a\n- b\n', 10);
    expect(blocks.map((b) => [b.token.type, b.line])).toEqual([
      ['heading', 10],
      ['paragraph', 12],
      ['code', 14],
      ['list', 18],
    ]);
  });
});

describe('inline helpers', () => {
  it('reads backticked strings, including double-backtick spans', () => {
    expect(inlineCodeSpans('a `x` and `` y ` z `` end')).toEqual(['x', 'y ` z']);
  });
  it('follows CommonMark: a run closes only on a run of its length, and a run nothing closes is text', () => {
    expect(inlineCodeSpans('``a` b')).toEqual([]);
    expect(inlineCodeSpans('``a`b`` and `c`')).toEqual(['a`b', 'c']);
    expect(inlineCodeSpans('```x`` y``` `z`')).toEqual(['x`` y', 'z']);
    expect(inlineCodeSpans('` a `, `  `, `\nb\n`')).toEqual(['a', '  ', 'b']);
  });
  it('reads labelled fields split by |', () => {
    expect(labelledFields('**When**: no rebuild | **Risks**: slow').fields).toEqual([
      { label: 'When', value: 'no rebuild' },
      { label: 'Risks', value: 'slow' },
    ]);
  });
});

describe('section headings are matched by keyword, with or without emoji', () => {
  it.each([
    ['🔍 This Is Your Problem If:', 'symptoms'],
    ['this is your problem if', 'symptoms'],
    ['Symptoms', 'symptoms'],
    ['✅ SOLUTION (copy-paste)', 'solution'],
    ['Solution', 'solution'],
    ['✔️ Verification (<30 sec)', 'verification'],
    ['🔄 Fallback (if main solution failed)', 'fallback'],
    ['💡 Context (optional)', 'context'],
    ['Why this happens', 'context'],
    ['Why?', 'context'],
    ['📎 References', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });
});

describe('parseBody', () => {
  it('tolerates headings without emoji and a solution without an Integration Pattern heading', () => {
    const text = body({
      symptoms: '## This is your problem if\n\n- Log shows `boom`',
      solution: '## Solution\n\n```bash\nfix-it __TARGET__\n```',
    });
    const { model, diagnostics } = parseBody(text, 1);
    expect(diagnostics).toEqual([]);
    expect(model.symptoms).toEqual([{ text: 'Log shows `boom`', errors: ['boom'], line: 8, counter: false }]);
    expect(model.patterns[0].blocks[0].code).toBe('fix-it __TARGET__');
    expect(model.variables).toEqual(['TARGET']);
  });

  it('reads an Integration Pattern as one whatever its title says (compatibility, must-have)', () => {
    const text = body({
      symptoms: '## This is your problem if\n\n- Log shows `boom`',
      solution: [
        '## ✅ SOLUTION (copy-paste)',
        '### 🎯 Integration Pattern: [CI Gate — test compatibility before deploying]',
        '```bash\ncheck __SUBJECT__\n```',
        '### 🎯 Integration Pattern: [Deploy — must-have flags]',
        '```bash\ndeploy --strict\n```',
        '### 📌 Versions:',
        '- **Schema Registry**: 7.x',
        '### ⚡ Critical (won’t work without this):',
        '- ✓ **Backup** — first',
      ].join('\n\n'),
    });
    const { model, diagnostics } = parseBody(text, 1);
    expect(diagnostics).toEqual([]);
    expect(model.patterns.map((p) => [p.phase, p.blocks.map((b) => b.code)])).toEqual([
      ['CI Gate', ['check __SUBJECT__']],
      ['Deploy', ['deploy --strict']],
    ]);
    expect(model.versions).toEqual([{ label: 'Schema Registry', value: '7.x' }]);
    expect(model.critical.map((c) => c.name)).toEqual(['Backup']);
    expect(model.variables).toEqual(['SUBJECT']);
  });

  it('keeps an unknown section as Markdown in its place', () => {
    const rest =
      '## ✔️ Verification\n\n```bash\ndocker ps\n```\n\n## 📎 References\n\n- [Docs](https://docs.docker.com)\n\n## 🔄 Fallback\n\n### Option 1: Retry\n\n```bash\nretry\n```';
    const { model } = parseBody(body({ rest }), 1);
    expect(model.sections.map((s) => s.kind)).toEqual(['symptoms', 'solution', 'verification', 'other', 'fallback']);
    const other = model.sections[3];
    expect(other).toMatchObject({
      heading: 'References',
      anchor: 'references',
      markdown: '- [Docs](https://docs.docker.com)',
    });
  });

  it('strips `# 🖍️ VAR` markers from copyable code, even with damaged emoji', () => {
    const solution = '## Solution\n\n```bash\nrun __A__  # 🖍️ VAR\nrun __B__ # ğŸ–ï¸ VAR\necho "# not a marker"\n```';
    const { model } = parseBody(body({ solution }), 1);
    expect(model.patterns[0].blocks[0].code).toBe('run __A__\nrun __B__\necho "# not a marker"');
  });

  it('finds Applicable and Frequency wherever they are', () => {
    const rest = '## 💡 Context\n\n**Root Cause**: arch\n\n**Applicable**: Docker 20+\n**Frequency**: common';
    const { model } = parseBody(body({ rest }), 1);
    expect([model.applicable, model.frequency, model.context?.rootCause]).toEqual(['Docker 20+', 'common', 'arch']);
  });

  it('keeps prose it does not recognise as notes of its section', () => {
    const solution =
      '## Solution\n\nRead this first.\n\n### 🎯 Integration Pattern: [Runtime — kubectl]\n\n```bash\nkubectl get pods\n```\n\nThen wait.';
    const { model } = parseBody(body({ solution }), 1);
    expect(model.solutionNotes).toEqual(['Read this first.']);
    expect(model.patterns[0]).toMatchObject({ phase: 'Runtime', tool: 'kubectl', notes: ['Then wait.'] });
  });

  it.each([
    ['**Expected**:\n✓ prints OK', ['prints OK']],
    ['**Expected:**\n- prints OK\n- exits 0', ['prints OK', 'exits 0']],
    ['Expected:\n\n- prints OK', ['prints OK']],
    ['Expected output: `OK`', ['`OK`']],
  ])('reads the expected results of %j', (expected, lines) => {
    const rest = `## Verify\n\n\`\`\`bash\ncheck\n\`\`\`\n\n${expected}`;
    const { model } = parseBody(body({ rest }), 1);
    expect(model.verification).toMatchObject({ expected: lines, notes: [] });
  });

  it('reports a second title', () => {
    const { diagnostics } = parseBody(`${body()}\n\n# Another title`, 1);
    expect(diagnostics.map((d) => d.code)).toEqual(['title-multiple']);
  });
});
