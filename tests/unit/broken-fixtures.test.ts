import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../lib/diagnostics';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const broken = 'e2e/fixtures/broken';

/** Rows of the README table: file, validator code, line. */
function expectedRows(): { file: string; code: string; line: number }[] {
  const readme = readFileSync(path.join(root, broken, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| `([^`]+\.md)` \| [^|]+ \| `([a-z-]+)` \| (\d+) \|/gm)].map((m) => ({
    file: `${broken}/${m[1]}`,
    code: m[2],
    line: Number(m[3]),
  }));
}

describe('kb validate on a folder with one broken entry per class', () => {
  it('names every file with its line and reason in a single run, and exits 1', async () => {
    const { io, out } = fakeIO({ cwd: root });
    const code = await main(['validate', '--content', broken, '--format', 'json'], io);
    const found = JSON.parse(out.stdout) as Diagnostic[];
    const rows = expectedRows();
    expect(code).toBe(1);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      expect(found, `${row.file} ${row.code}`).toContainEqual(
        expect.objectContaining({ file: row.file, code: row.code, line: row.line }),
      );
    }
    expect(new Set(found.map((d) => d.file))).toEqual(new Set(rows.map((r) => r.file)));
    for (const d of found) expect(d.hint.length, `${d.file}: hint`).toBeGreaterThan(10);
  });

  it('prints compiler-style text (pinned)', async () => {
    const { io, out } = fakeIO({ cwd: root });
    expect(await main(['validate', '--content', broken], io)).toBe(1);
    expect(out.stdout).toMatchSnapshot();
    expect(out.stderr).toBe('16 error(s), 0 warning(s) in 15 file(s); 0 entries valid\n');
  });
});
