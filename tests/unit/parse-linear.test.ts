import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import { parseBody } from '../../lib/parse';
import { labelledFields } from '../../lib/parse/inline';
import { chainTail } from '../../lib/search/signals';
import { stripVarMarkers } from '../../lib/variables/placeholders';
import { joinScript } from '../../lib/variables/substitute';
import { outputLines } from '../../lib/verify/normalise';
import { body, entryFile, frontmatter } from './factories';

/**
 * A long run of spaces, from another team's entry or a reader's pasted output, must not make a step quadratic. Found in
 * the twenty-second session: `.replace(/\s+$/, '')` retries from every space of a run that does not end the text (a
 * symptom's code span with 100,000 spaces took 8.3 s to parse, 50,000 took 2.1 s), and so did patterns that open with
 * `\s*` before a character they need (a title's closing `#`s, a field's closing `|`, a solution heading's separator,
 * the `# 🖍️ VAR` marker). The bounds are far above the time each takes now (a few ms) and far below the old one. The body
 * parser is tested here past the entry size limit (64 KB, lib/parse/limits.ts), which stops a whole entry file before
 * it: a regression shows at these lengths, not at 64 KB.
 */
const RUN = ' '.repeat(100_000);
const BOUND_MS = 1_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('a long run of spaces in an entry', () => {
  it.each([
    ['a symptom code span', { symptoms: `## 🔍 This Is Your Problem If:\n\n- [ ] Log shows \`a${RUN}b${RUN}-\`` }],
    ['the title', { title: `# Title${RUN}x` }],
    ['a summary field', { summary: `> **TL;DR**: a${RUN}b\n> **Fix Time**: ~5 min${RUN}x | **Platform**: Linux` }],
    [
      'a solution heading',
      {
        solution: `## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Build${RUN}x]\n\n\`\`\`bash\ndocker build .\n\`\`\``,
      },
    ],
    [
      'a command line',
      { solution: `## ✅ SOLUTION (copy-paste)\n\n\`\`\`bash\ndocker build .${RUN}x #${RUN}y\n\`\`\`` },
    ],
  ])('parses %s in linear time', (_, parts) => {
    let parsed: ReturnType<typeof parseBody> | undefined;
    const ms = timed(() => (parsed = parseBody(body(parts), 1)));
    expect(parsed?.model).toBeTruthy();
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('a long run of backticks in an entry', () => {
  // Found in the twenty-third session by a sweep over repeated characters: code spans were read with a regex that tried
  // every length of every run against every later position, cubic in a run's length (4,000 backticks: 10 s to parse).
  it.each([
    ['one run', '`'.repeat(50_000)],
    ['runs of every length', Array.from({ length: 300 }, (_, i) => '`'.repeat(i + 1)).join(' x ')],
    ['single backticks and text', '`a'.repeat(50_000)],
  ])('parses %s in a symptom in linear time', (_, text) => {
    let parsed: ReturnType<typeof parseBody> | undefined;
    const symptoms = `## 🔍 This Is Your Problem If:\n\n- [ ] Log shows ${text}\n- [ ] \`exec format error\``;
    const ms = timed(() => (parsed = parseBody(body({ symptoms }), 1)));
    expect(parsed?.model.symptoms.at(-1)?.errors).toEqual(['exec format error']);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('the other places a run of spaces reaches', () => {
  it.each([
    ["a reader's pasted output, checked against a verification", () => outputLines(`ok${RUN}x\n${RUN}done`)],
    ['a script joined from commands', () => joinScript([`echo a${RUN}b`, `echo c${RUN}`])],
    ['a command with the VAR marker sought', () => stripVarMarkers(`docker build .${RUN}x #${RUN}y`)],
    [
      "a block with the marker in another language's comment sought",
      () => stripVarMarkers(`SELECT 1${RUN}--${RUN}🖍️${RUN}x <!--${RUN}🖍️${RUN}VAR${RUN}- /*${RUN}🖍️${RUN}VAR${RUN}y`),
    ],
    ['a labelled field', () => labelledFields(`**Fix Time**: ~5 min${RUN}x | **Platform**: Linux`)],
    ['a chain ending with an aside', () => chainTail(`error: a${RUN}b (c)${RUN}x`)],
  ])('%s is linear', (_, run) => {
    expect(timed(run)).toBeLessThan(BOUND_MS);
  });

  it('keeps what the old patterns did', () => {
    expect(outputLines('ok   \nready \t\n\n')).toEqual(['ok', 'ready']);
    expect(joinScript(['echo a  \n', '', 'echo b'])).toBe('echo a\n\necho b');
    expect(stripVarMarkers('docker build -t __IMAGE__ .  # 🖍️ VAR\nls # VAR  ')).toBe(
      'docker build -t __IMAGE__ .\nls',
    );
    expect(stripVarMarkers('echo "# VARIABLE"')).toBe('echo "# VARIABLE"');
    expect(labelledFields('> **Fix Time**: ~5 min | **Platform**: Linux |').fields).toEqual([
      { label: 'Fix Time', value: '~5 min' },
      { label: 'Platform', value: 'Linux' },
    ]);
  });

  it('reads a title with a closing run of #s as the title alone', () => {
    const parsed = parseEntryFile(
      'TEST_ENTRY_001.md',
      entryFile(frontmatter(), body({ title: '# Exec format error ##  ' })),
    );
    expect(parsed.entry?.title).toBe('Exec format error');
  });
});
