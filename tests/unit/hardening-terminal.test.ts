import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

describe('terminal output: file names with newlines or ANSI/OSC escape sequences (issue 10, case 6)', () => {
  it('kb validate prints them escaped, so a name can neither fake a line nor set the window title', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-esc-'));
    copyFileSync('content/CROSS_DOCKER_001.md', path.join(dir, 'EVIL\x1b]0;pwned\x07_001.md'));
    copyFileSync('content/CROSS_DOCKER_001.md', path.join(dir, 'X_001.md\n✓ 32 entries valid in content\nY_001.md'));
    const { io, out } = fakeIO();
    expect(await main(['validate', '--content', dir], io)).toBe(1);
    expect(out.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(out.stdout).toContain('EVIL\\x1b]0;pwned\\x07_001.md');
    // Every printed line is a diagnostic or its hint: the fake "✓ … valid" never starts a line.
    for (const line of out.stdout.trimEnd().split('\n'))
      expect(line).toMatch(/^(\S.*:\d+:\d+ (error|warning) | {2}hint: )/);
  });
});
