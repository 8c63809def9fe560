import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import { DRAFT_ID, draftEntry, errorLine } from '../../lib/search/draft';

describe('draft entry for an uncovered error', () => {
  const paste =
    "Traceback (most recent call last):\n  File \"app.py\", line 44, in handler\n    total = sum(rows)\nTypeError: unsupported operand type(s) for +: 'int' and 'str'";

  it('quotes the error line of the paste, without a leading timestamp', () => {
    expect(errorLine(paste)).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(errorLine('2026-12-03T06:01:12Z ERROR: psql: `x` failed')).toBe('ERROR: psql: `x` failed');
  });

  it("passes over a tool's boilerplate and a bare system error for the line that names the problem", () => {
    const pip = [
      'error: subprocess-exited-with-error',
      '  × pip subprocess to install build dependencies did not run successfully.',
      '  ╰─> [3 lines of output]',
      '      ERROR: Could not find a version that satisfies the requirement setuptools>=40.8.0 (from versions: none)',
    ].join('\n');
    expect(errorLine(pip)).toBe(
      'ERROR: Could not find a version that satisfies the requirement setuptools>=40.8.0 (from versions: none)',
    );
    expect(errorLine('Permission denied\nscp: /srv/app/.env: Permission denied')).toBe(
      'scp: /srv/app/.env: Permission denied',
    );
    // Nothing better in the paste: the heaviest line still.
    expect(errorLine('fatal: Could not read from remote repository.')).toBe(
      'fatal: Could not read from remote repository.',
    );
  });

  it('is a valid entry whose first symptom is the pasted error', () => {
    const parsed = parseEntryFile(`${DRAFT_ID}.md`, draftEntry(paste, '2026-12-03'));
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.entry?.symptoms[0].errors).toEqual(["TypeError: unsupported operand type(s) for +: 'int' and 'str'"]);
  });

  it('keeps a backtick in the paste from breaking the code span', () => {
    const parsed = parseEntryFile(`${DRAFT_ID}.md`, draftEntry('Error: `foo` not found', '2026-12-03'));
    expect(parsed.entry?.symptoms[0].errors).toEqual(["Error: 'foo' not found"]);
  });
});
