import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../lib/diagnostics';
import { parseEntryFile } from '../../lib/content/entry';
import { body, entryFile, frontmatter } from './factories';

/** Diagnostics of one file, formatted like `kb validate` prints them. */
function check(text: string, file = 'TEST_ENTRY_001.md'): string[] {
  return parseEntryFile(file, text).diagnostics.map((d) => formatDiagnostic({ file, ...d }));
}

describe('each diagnostic class, with its message pinned', () => {
  it('a valid entry has none', () => {
    expect(check(entryFile())).toEqual([]);
  });

  it('yaml-syntax at the line where YAML breaks', () => {
    const text = entryFile().replace('category: devops', 'category: "devops');
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:3:11 error yaml-syntax frontmatter is not valid YAML: Missing closing "quote
        hint: close the quoted string on the same line, or quote the whole value",
      ]
    `);
  });

  it('missing-field', () => {
    expect(check(entryFile(frontmatter({ category: undefined })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:2:1 error missing-field missing required field "category"
        hint: add \`category: devops\`",
      ]
    `);
  });

  it('unknown-field with did-you-mean', () => {
    expect(check(entryFile(frontmatter({ catgory: 'devops' })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:13:1 error unknown-field unknown field "catgory"
        hint: did you mean "category"? allowed fields: kb_id, category, platform, technologies, complexity, criticality, created, updated, tags, related_kb, match, variables",
      ]
    `);
  });

  it('wrong-type', () => {
    expect(check(entryFile(frontmatter({ complexity: 'high' })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:7:1 error wrong-type "complexity" must be a number, got "high"
        hint: write it like \`complexity: 3   # integer 1–5\`",
      ]
    `);
  });

  it('wrong-type says why when YAML read a value written as text as a number', () => {
    const [line] = check(entryFile(frontmatter({ tags: ['windows', 0x80070005] })));
    expect(line).toContain('error wrong-type "tags.1" must be a string, got 2147942405');
    expect(line).toContain('hint: YAML reads an unquoted 0x80070005, 1e3, 010 or 2.10 as a number');
    expect(line).toContain('`tags: [windows, "0x80070005"]`');
  });

  it('invalid-value lists the allowed values', () => {
    expect(check(entryFile(frontmatter({ criticality: 'urgent' })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:8:1 error invalid-value "criticality" must be one of low, medium, high, critical; got "urgent"
        hint: allowed values: low, medium, high, critical",
      ]
    `);
  });

  it('out-of-range', () => {
    expect(check(entryFile(frontmatter({ complexity: 9 })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:7:1 error out-of-range "complexity" must be at most 5; got 9
        hint: write it like \`complexity: 3   # integer 1–5\`",
      ]
    `);
  });

  it('invalid-date for an impossible day', () => {
    expect(check(entryFile(frontmatter({ created: '2026-02-30' })))).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:9:1 error invalid-date "created" is not a real calendar date; got "2026-02-30"
        hint: write it like \`created: 2026-02-17\`",
      ]
    `);
  });

  it('invalid-id for a kb_id that does not fit the format', () => {
    expect(check(entryFile(frontmatter({ kb_id: 'docker-1' })), 'docker-1.md')).toMatchInlineSnapshot(`
      [
        "docker-1.md:2:1 error invalid-id "kb_id" must look like DOCKER_EXEC_FORMAT_001; got "docker-1"
        hint: write it like \`kb_id: DOCKER_EXEC_FORMAT_001\`",
      ]
    `);
  });

  it('file-name-mismatch', () => {
    expect(check(entryFile(), 'OTHER_NAME_001.md')).toMatchInlineSnapshot(`
      [
        "OTHER_NAME_001.md:2:1 error file-name-mismatch kb_id "TEST_ENTRY_001" does not match the file name "OTHER_NAME_001.md"
        hint: rename the file to TEST_ENTRY_001.md, or set kb_id: OTHER_NAME_001",
      ]
    `);
  });

  it('missing-section for symptoms and solution', () => {
    expect(check(entryFile(frontmatter(), body({ symptoms: '', solution: '## Notes\n\nnothing' }))))
      .toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:15:1 error missing-section the required symptom checklist is missing (no checklist items found)
        hint: add \`## 🔍 This Is Your Problem If:\` with \`- [ ] …\` items; put exact error text in backticks",
        "TEST_ENTRY_001.md:15:1 error missing-section the required solution is missing (no solution section with a code block found)
        hint: add \`## ✅ SOLUTION (copy-paste)\` with \`### 🎯 Integration Pattern: [Phase — Tool]\` and a fenced code block",
      ]
    `);
  });

  it('unclosed-fence at the opening line', () => {
    const text = entryFile(frontmatter(), body({ rest: '## ✔️ Verification\n\n```bash\ndocker ps\n\n## 🔄 Fallback' }));
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:37:1 error unclosed-fence code fence \`\`\` opened here is never closed; the rest of the file would be read as code
        hint: add a line with \`\`\` where the code block ends (after line 40 at the latest)",
      ]
    `);
  });

  it('encoding-damaged for UTF-8 read as Windows-1254', () => {
    const text = entryFile(frontmatter(), body({ title: '# Docker exec format error â€” Wrong Architecture' }));
    expect(check(text)).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:15:28 error encoding-damaged damaged encoding: "â€”" is UTF-8 that was read as Windows-1252/1254 (meant "—")
        hint: run \`npx kb fix-encoding TEST_ENTRY_001.md --write\`, then check the spots it reports as not restored exactly",
      ]
    `);
  });

  it('frontmatter-missing', () => {
    expect(check(body())).toMatchInlineSnapshot(`
      [
        "TEST_ENTRY_001.md:1:1 error frontmatter-missing the file does not start with a \`---\` frontmatter block
        hint: start the file with \`---\`, the fields (kb_id, category, platform, …), then \`---\`",
      ]
    `);
  });

  it('reports every problem of a file in one run', () => {
    const text = entryFile(frontmatter({ catgory: 'x', complexity: 0, created: '2026-13-01' }), body({ symptoms: '' }));
    const codes = check(text).map((line) => line.split(' ')[2]);
    expect(codes.sort()).toEqual(['invalid-date', 'missing-section', 'out-of-range', 'unknown-field']);
  });
});
