import { describe, expect, it } from 'vitest';
import { checksOf, parseCheck, patternProblem } from '../../lib/verify/checks';
import { pickFallback } from '../../lib/verify/fallback';
import { verifyOutput } from '../../lib/verify/match';
import { outputLines, stripAnsi } from '../../lib/verify/normalise';
import { parseBody } from '../../lib/parse';

describe('parseCheck', () => {
  it('reads the three checkable forms and leaves plain items plain', () => {
    expect(parseCheck('output contains `Architecture OK` — starts')).toMatchObject({
      kind: 'contains',
      value: 'Architecture OK',
    });
    expect(parseCheck('Output matches `/amd64|x86_64/i`')).toMatchObject({
      kind: 'matches',
      value: 'amd64|x86_64',
      flags: 'i',
    });
    expect(parseCheck('output matches `ready \\d+`')).toMatchObject({
      kind: 'matches',
      value: 'ready \\d+',
      flags: '',
    });
    expect(parseCheck('output lacks `exec format error`')).toMatchObject({ kind: 'lacks', value: 'exec format error' });
    expect(parseCheck('Architecture shows `amd64`')).toBeNull();
    expect(checksOf(['plain', 'output contains `x`'])).toHaveLength(1);
  });

  it('flags patterns that do not compile, bad flags, long and nested-repeat patterns', () => {
    expect(patternProblem(parseCheck('output matches `/(unclosed/`')!)?.code).toBe('expected-pattern-invalid');
    expect(patternProblem(parseCheck('output matches `/a/g`')!)?.code).toBe('expected-pattern-invalid');
    expect(patternProblem(parseCheck(`output matches \`${'a'.repeat(201)}\``)!)?.code).toBe('expected-pattern-slow');
    expect(patternProblem(parseCheck('output matches `/(a+)+$/`')!)?.code).toBe('expected-pattern-slow');
    expect(patternProblem(parseCheck('output matches `/ready: (\\d+)/`')!)).toBeNull();
    expect(patternProblem(parseCheck('output contains `(a+)+`')!)).toBeNull();
  });
});

describe('verifyOutput', () => {
  const checks = checksOf([
    'output contains `Architecture OK`',
    'output matches `/"Architecture":\\s*"amd64"/`',
    'output lacks `exec format error`',
  ]);

  it('passes with the proving line; ANSI codes and CRLF are normalised', () => {
    expect(stripAnsi('\u001b[1;32mok\u001b[0m \u001b]0;title\u0007x')).toBe('ok x');
    expect(outputLines('a\r\nb\rc\n\n')).toEqual(['a', 'b', 'c']);
    const v = verifyOutput(checks, '\u001b[32m"Architecture": "amd64"\u001b[0m\r\nArchitecture OK\r\n');
    expect(v.pass).toBe(true);
    expect(v.results.map((r) => [r.pass, r.lineNumber, r.line])).toEqual([
      [true, 2, 'Architecture OK'],
      [true, 1, '"Architecture": "amd64"'],
      [true, null, null],
    ]);
  });

  it('fails a lacks check on the line that has the unwanted text', () => {
    const v = verifyOutput(checks, 'Architecture OK\n"Architecture": "amd64"\nexec format error');
    expect(v.pass).toBe(false);
    expect(v.results[2]).toMatchObject({ pass: false, line: 'exec format error', lineNumber: 3 });
  });

  it('an empty or blank paste is empty, and never passes', () => {
    const v = verifyOutput(checks, '  \r\n\n');
    expect(v).toMatchObject({ empty: true, pass: false });
  });
});

describe('pickFallback', () => {
  const fallbacks = [
    { anchor: 'fallback-1', title: 'One', when: 'The build fails with `no match for platform`' },
    { anchor: 'fallback-2', title: 'Two', when: 'Running still prints `exec format error`' },
  ];
  it('picks the first fallback whose When quotes text in the output', () => {
    expect(pickFallback(fallbacks, 'x\nstandard_init: EXEC FORMAT ERROR')).toEqual({
      fallback: fallbacks[1],
      line: 'standard_init: EXEC FORMAT ERROR',
    });
    expect(pickFallback(fallbacks, 'nothing')).toBeNull();
  });
});

describe('kb validate on Expected patterns', () => {
  it('reports a pattern that does not compile at its line', () => {
    const body =
      '# T\n\n## ✔️ Verification\n\n```bash\nx\n```\n\n**Expected**:\n✓ output contains `ok`\n✓ output matches `/(oops/`\n';
    const { diagnostics } = parseBody(body, 1);
    expect(diagnostics.filter((d) => d.code.startsWith('expected-pattern'))).toEqual([
      expect.objectContaining({ line: 11, code: 'expected-pattern-invalid' }),
    ]);
  });
});
