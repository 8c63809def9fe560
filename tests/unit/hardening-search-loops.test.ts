import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * An error string whose example value has a `...` inside it, at the end of a string that ends with a system error's
 * text (`err="open ...: permission denied"`, as another team's author wrote one), sent the head-value check
 * (signature-match.ts `headInPlace`) into a loop that never ended: `kb validate` hung on its match tests, and a reader's
 * paste of the same line would have hung the search. Run in a child process, so a loop fails this test by its timeout
 * instead of hanging the suite.
 */
describe('an example value with `...` inside it, before a system error', () => {
  it('kb validate finishes, and the entry ranks first for its own line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-loop-'));
    cpSync('content', dir, { recursive: true });
    const file = path.join(dir, 'NPM_EACCES_GLOBAL_001.md');
    const npm = readFileSync(file, 'utf8');
    const first = '- [ ] npm install -g some-cli prints';
    expect(npm).toContain(first);
    writeFileSync(
      file,
      npm.replace(first, `- [ ] The cache log shows \`err="open ...: permission denied"\`\n${first}`),
    );
    const validate = spawnSync(process.execPath, ['bin/kb.mjs', 'validate', '--content', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(validate.signal).toBeNull();
    expect(validate.stdout + validate.stderr).toMatch(/entries valid/);
    const search = spawnSync(
      process.execPath,
      [
        'bin/kb.mjs',
        'search',
        '--content',
        dir,
        '--json',
        'err="open /root/.npm/_cacache/index-v5: permission denied"',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(search.signal).toBeNull();
    expect(JSON.parse(search.stdout)[0].id).toBe('NPM_EACCES_GLOBAL_001');
  }, 130_000);
});
