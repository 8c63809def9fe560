import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../lib/cli/format-github';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

describe('kb validate --format github', () => {
  it('prints one workflow annotation per diagnostic, at its file and line, exit 1 on errors', async () => {
    const { io, out } = fakeIO();
    const code = await main(['validate', '--content', 'e2e/fixtures/broken/enum', '--format', 'github'], io);
    expect(code).toBe(1);
    const lines = out.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=kb [a-z-]+::.+%0Ahint: /);
    expect(lines[0]).toContain(`file=${path.join('e2e', 'fixtures', 'broken', 'enum', 'BROKEN_ENUM_001.md')}`);
  });

  it('escapes content so a message or file name cannot start another workflow command', () => {
    const line = formatGithubAnnotation({
      file: 'a,b:c.md',
      line: 3,
      column: 1,
      severity: 'warning',
      code: 'yaml-syntax',
      message: 'bad\n::error file=evil::pwned 100%',
      hint: 'fix\r\nit',
    });
    expect(line).toBe(
      '::warning file=a%2Cb%3Ac.md,line=3,col=1,title=kb yaml-syntax::bad%0A::error file=evil::pwned 100%25%0Ahint: fix%0D%0Ait',
    );
    expect(line.split('\n')).toHaveLength(1);
  });
});
