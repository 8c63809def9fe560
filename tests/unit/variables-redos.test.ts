import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPatternSafety } from '../../lib/variables/redos';
import { compilePattern, MAX_CHECKED_LENGTH, variableRule } from '../../lib/variables/value-rules';

const anchored = (p: string) => {
  const c = compilePattern(p);
  if (!c.ok) throw new Error(c.error);
  return c.regex;
};

describe('checkPatternSafety', () => {
  it('rejects patterns that backtrack catastrophically', () => {
    for (const p of ['(a+)+', '([a-z0-9]+-?)*', '(\\w+\\s?)*', '(a|a)*'])
      expect(checkPatternSafety(anchored(p)).safe, p).toBe(false);
  });
  it('accepts the patterns the starter KB and fixtures use', () => {
    for (const p of [
      '^[0-9]{1,5}$',
      '^[0-9]+$',
      '^[a-z0-9]+([._/-][a-z0-9]+)*(:[A-Za-z0-9_.-]+)?$',
      '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
      '[a-z!]*',
    ]) {
      expect(checkPatternSafety(anchored(p)).safe, p).toBe(true);
    }
  });
});

describe('the verdict is bounded by steps, not by a clock', () => {
  it("accepts every pattern of the starter KB's _variables.yml, whose IMAGE_REPO needs 1,000-2,000 of the 5,000 steps", () => {
    const declared = readFileSync('content/_variables.yml', 'utf8');
    const patterns = [...declared.matchAll(/^\s+pattern: '(.*)'$/gm)].map((m) => m[1]);
    expect(patterns.length).toBeGreaterThanOrEqual(2);
    for (const p of patterns) expect(checkPatternSafety(anchored(p)), p).toEqual({ safe: true });
  });

  it('gives up on a pattern it cannot settle after its steps, in seconds (25 s with the library default)', () => {
    for (const p of ['((a|b|ab)*c)+', '(?:(?:a|a)*)*b']) {
      const start = performance.now();
      expect(checkPatternSafety(anchored(p)).safe, p).toBe(false);
      expect(performance.now() - start, p).toBeLessThan(10_000);
    }
  }, 30_000);
});

describe('kb validate and slow patterns', () => {
  it('rejects the slow pattern with file:line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-redos-'));
    const source = readFileSync('e2e/fixtures/kb/FIX_DECLARED_VARS_001.md', 'utf8');
    const slow = source.replace('pattern: "^[0-9]{2,5}$"', 'pattern: "(a+)+"');
    expect(slow).not.toBe(source);
    writeFileSync(path.join(dir, 'FIX_DECLARED_VARS_001.md'), slow);
    const run = spawnSync(process.execPath, ['bin/kb.mjs', 'validate', '--content', dir], { encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    const line = slow.split('\n').findIndex((l) => l.startsWith('  PORT:')) + 1;
    expect(out).toMatch(
      new RegExp(
        `FIX_DECLARED_VARS_001\\.md:${line}:\\d+ error variable-pattern-slow variables\\.PORT\\.pattern can backtrack catastrophically`,
      ),
    );
  }, 30_000);
});

describe('the browser check is bounded', () => {
  it('a 10,000-character value is checked in well under 50 ms, even with a slow pattern', () => {
    const value = 'a'.repeat(10_000) + '!';
    for (const pattern of ['[a-z!]*', '(a+)+']) {
      const rule = variableRule('SLOWVAR', { pattern });
      const start = performance.now();
      const result = rule.validate(value);
      expect(performance.now() - start).toBeLessThan(50);
      expect(result).toEqual({
        ok: false,
        message: expect.stringMatching(new RegExp(`^Too long: 10001 characters, at most ${MAX_CHECKED_LENGTH}\\.`)),
      });
    }
  });
});
