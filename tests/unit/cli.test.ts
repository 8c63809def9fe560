import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';
import { body, entryFile, frontmatter } from './factories';

/** A temporary KB folder from `{ relativePath: contents }`. */
function kb(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-cli-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const valid = (id: string, extra: Record<string, unknown> = {}) => entryFile(frontmatter({ kb_id: id, ...extra }));

describe('kb validate', () => {
  it('is clean and exits 0 on a valid KB', async () => {
    const { io, out } = fakeIO();
    const code = await main(['validate', '--content', kb({ 'A_ONE_001.md': valid('A_ONE_001') })], io);
    expect([code, out.stdout, out.stderr]).toEqual([0, '', expect.stringMatching(/^✓ 1 entries valid/)]);
  });

  it('names every broken file with line and reason in one run, and exits 1', async () => {
    const dir = kb({
      'A_ONE_001.md': valid('A_ONE_001', { related_kb: ['A_TWO_001', 'A_ONE_01'] }),
      'dup1/B_DUP_001.md': valid('B_DUP_001'),
      'dup2/B_DUP_001.md': valid('B_DUP_001'),
      'C_BAD_001.md': valid('C_BAD_001', { criticality: 'urgent' }),
    });
    const { io, out } = fakeIO({ cwd: dir });
    const code = await main(['validate', '--content', dir], io);
    expect(code).toBe(1);
    expect(out.stdout.split('\n').filter((l) => !l.startsWith(' ') && l)).toEqual([
      'A_ONE_001.md:13:5 error unknown-related related_kb "A_TWO_001" is not an entry of this KB',
      'A_ONE_001.md:14:5 error unknown-related related_kb "A_ONE_01" is not an entry of this KB',
      'C_BAD_001.md:8:1 error invalid-value "criticality" must be one of low, medium, high, critical; got "urgent"',
      'dup1/B_DUP_001.md:2:1 error duplicate-id kb_id "B_DUP_001" is also used by dup2/B_DUP_001.md',
      'dup2/B_DUP_001.md:2:1 error duplicate-id kb_id "B_DUP_001" is also used by dup1/B_DUP_001.md',
    ]);
    expect(out.stdout).toContain('hint: did you mean "A_ONE_001"?');
    expect(out.stderr).toBe('5 error(s), 0 warning(s) in 4 file(s); 0 entries valid\n');
  });

  it('prints a JSON array of diagnostics with --format json', async () => {
    const { io, out } = fakeIO();
    const code = await main(['validate', '--format', 'json', '--content', kb({ 'X_001.md': valid('Y_001') })], io);
    const list = JSON.parse(out.stdout) as Record<string, unknown>[];
    expect(code).toBe(1);
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]).sort()).toEqual(['code', 'column', 'file', 'hint', 'line', 'message', 'severity']);
    expect(list[0]).toMatchObject({ code: 'file-name-mismatch', line: 2, column: 1, severity: 'error' });
  });

  it('reads the content folder from KB_CONTENT_DIR', async () => {
    const { io, out } = fakeIO({
      env: { KB_CONTENT_DIR: kb({ 'A_ONE_001.md': valid('A_ONE_001'), 'A_TWO_001.md': valid('A_TWO_001') }) },
    });
    // Two copies of one entry overlap by design: the match tests are not what this test is about.
    expect(await main(['validate', '--no-match-tests'], io)).toBe(0);
    expect(out.stderr).toMatch(/✓ 2 entries valid/);
  });

  it('warns when an error string ranks another entry first (match tests), naming both', async () => {
    const dir = kb({ 'A_ONE_001.md': valid('A_ONE_001'), 'A_TWO_001.md': valid('A_TWO_001') });
    const { io, out } = fakeIO({ env: { KB_CONTENT_DIR: dir } });
    expect(await main(['validate'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /warning symptom-overlap .*A_ONE_001.*A_TWO_001|warning symptom-overlap .*A_TWO_001.*A_ONE_001/,
    );
    // A folder outside the working directory is named in full, as in the other diagnostics, not as `../../…`.
    const overlap = out.stdout.split('\n').find((line) => line.includes('symptom-overlap'));
    expect(overlap?.startsWith(dir)).toBe(true);
  });

  it('reports a missing content folder', async () => {
    const { io, out } = fakeIO();
    expect(await main(['validate', '--content', '/nonexistent/kb'], io)).toBe(1);
    expect(out.stdout).toContain('error content-missing content folder not found');
  });
});

describe('kb show', () => {
  it('prints the entry model as JSON', async () => {
    const { io, out } = fakeIO();
    const dir = kb({ 'A_ONE_001.md': entryFile(frontmatter({ kb_id: 'A_ONE_001' }), body()) });
    expect(await main(['show', 'A_ONE_001', '--content', dir, '--json'], io)).toBe(0);
    const model = JSON.parse(out.stdout);
    expect(model).toMatchObject({
      id: 'A_ONE_001',
      title: 'Container exits with exec format error',
      variables: ['CONTAINER', 'IMAGE_NAME'],
    });
  });

  it('exits 1 for an unknown id', async () => {
    const { io, out } = fakeIO();
    expect(await main(['show', 'NOPE_001', '--content', kb({})], io)).toBe(1);
    expect(out.stderr).toContain('no entry NOPE_001');
  });
});

describe('usage errors exit 2 with usage', () => {
  it.each([[['frobnicate']], [[]]])('%j prints the command list', async (argv) => {
    const { io, out } = fakeIO();
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr).toContain('Usage: kb <command>');
  });

  it.each([
    [['validate', '--fast'], 'validate', 'unknown option --fast'],
    [['validate', '--format', 'xml'], 'validate', '--format must be'],
    [['show'], 'show', 'takes exactly one ID'],
    [['search', '--bogus', 'x'], 'search', 'unknown option --bogus'],
  ])("%j names the mistake and prints only that command's usage", async (argv, name, message) => {
    const { io, out } = fakeIO();
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toContain(`kb ${name}: ${message}`);
    expect(out.stderr).toContain(`Usage: kb ${name}`);
    expect(out.stderr).not.toContain('Commands:');
  });
});
