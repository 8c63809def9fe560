import { describe, expect, it } from 'vitest';
import { variableDeclarationSchema } from '../../lib/content/schema';
import { builtInType, compilePattern, variableRule } from '../../lib/variables/value-rules';

const declaration = (raw: unknown) => variableDeclarationSchema.parse(raw);
const valid = (name: string, value: string) => variableRule(name).validate(value).ok;

describe('builtInType', () => {
  it('picks a type from the name, exact names before suffixes', () => {
    expect(
      [
        'IMAGE_NAME',
        'IMAGE',
        'NAMESPACE',
        'POD_NAME',
        'DEPLOYMENT',
        'SECRET_NAME',
        'PORT',
        'HOST_PORT',
        'USER',
        'PACKAGE',
        'HOST',
        'DB_HOST',
        'REGISTRY',
        'TOKEN',
      ].map(builtInType),
    ).toEqual([
      'image',
      'image',
      'dns-label',
      'dns-subdomain',
      'dns-subdomain',
      'dns-subdomain',
      'port',
      'port',
      'user',
      'npm-package',
      'host',
      'host',
      'host',
      null,
    ]);
  });
});

describe('built-in rules', () => {
  it.each([
    [
      'IMAGE_NAME',
      [
        'nginx',
        'myorg/api:1.4.2',
        'localhost:5000/a/b',
        'ghcr.io/org/app@sha256:' + 'a'.repeat(64),
        'a__b-c.d:v1_X',
        '[::1]:5000/x',
        'My.Registry:5000/app',
      ],
    ],
    ['NAMESPACE', ['default', 'kube-system', 'a'.repeat(63)]],
    ['POD_NAME', ['web-0', 'api.v1', 'a'.repeat(253 - 4) + '.b.c']],
    ['PORT', ['1', '80', '65535']],
    ['APP_PORT', ['8080']],
    ['USER', ['root', 'deploy_bot', '_svc', 'Jane.Doe']],
    ['PACKAGE', ['lodash', '@types/node', 'left-pad', 'a.b~c']],
    ['HOST', ['localhost', 'db.internal:5432', '10.0.0.1', '[::1]:8080', 'Example.COM']],
    ['REGISTRY', ['ghcr.io', 'registry.example.com:5000']],
  ])('%s accepts valid values', (name, values) => {
    for (const value of values) expect({ value, ok: valid(name, value) }).toEqual({ value, ok: true });
  });

  it.each([
    [
      'IMAGE_NAME',
      ['MyOrg/Api', 'MyOrg/api', 'ghcr.io/Org/app', 'https://ghcr.io/a', 'a b', 'a:', 'a//b', '-a', 'a:tag:tag'],
    ],
    ['NAMESPACE', ['Default', 'a.b', '-a', 'a-', 'a'.repeat(64), 'a_b']],
    ['DEPLOYMENT', ['Web', 'a..b', 'a'.repeat(254)]],
    ['PORT', ['0', '65536', '08', '80a', ' 80', '-1', '1e3']],
    ['USER', ['1abc', 'a b', 'a;b', 'a'.repeat(33)]],
    ['PACKAGE', ['React', '.hidden', '_x', 'lodash@4', '@scope/x@1', 'a b', '@/x']],
    ['HOST', ['https://a.com', 'a.com/path', '::1', 'a.com:0', 'a.com:70000', '999.1.1.1', 'a_b.com', '-a.com']],
  ])('%s rejects invalid values with a message that says what is expected', (name, values) => {
    for (const value of values) {
      const result = variableRule(name).validate(value);
      expect({ value, ok: result.ok }).toEqual({ value, ok: false });
      expect(result.message).toContain('Expected');
    }
  });

  it('treats the empty value as not filled in, never invalid', () => {
    for (const name of ['IMAGE_NAME', 'PORT', 'HOST', 'ANYTHING']) expect(valid(name, '')).toBe(true);
  });

  it('gives specific reasons', () => {
    expect(variableRule('IMAGE').validate('MyOrg/api').message).toMatch(/^Use lower-case letters/);
    expect(variableRule('PACKAGE').validate('react@18').message).toMatch(/^Leave out the version/);
    expect(variableRule('NAMESPACE').validate('a'.repeat(64)).message).toMatch(/^Too long: 64 characters, at most 63/);
    expect(variableRule('HOST').validate('::1').message).toMatch(/brackets/);
  });

  it('accepts anything for a name without a type', () => {
    const rule = variableRule('TOKEN');
    expect(rule.describe).toBe('any text');
    expect(rule.validate('x; y').ok).toBe(true);
  });
});

describe('declared rules', () => {
  it('a declared pattern replaces the built-in check and must match the whole value', () => {
    const rule = variableRule('IMAGE_NAME', declaration({ pattern: '[a-z]+/[a-z]+', example: 'org/app' }));
    expect(rule.validate('org/app').ok).toBe(true);
    expect(rule.validate('org/app:1').ok).toBe(false);
    expect(rule.validate('xorg/app!').ok).toBe(false);
    expect(rule.describe).toBe('a value matching [a-z]+/[a-z]+, such as org/app');
    expect(rule.example).toBe('org/app');
  });

  it('adds a check to a name without a built-in type', () => {
    const rule = variableRule('REGION', declaration({ pattern: '[a-z]{2}-[a-z]+-\\d' }));
    expect(rule.validate('eu-west-1').ok).toBe(true);
    expect(rule.validate('EU').message).toContain('Expected a value matching');
  });

  it('keeps the built-in check when the declared pattern does not compile', () => {
    const rule = variableRule('PORT', declaration({ pattern: '([0-9]+' }));
    expect(rule.validate('80').ok).toBe(true);
    expect(rule.validate('x').ok).toBe(false);
  });

  it('a declared example replaces the built-in one', () => {
    expect(variableRule('PORT').example).toBe('8080');
    expect(variableRule('PORT', declaration({ example: '3000' })).example).toBe('3000');
  });
});

describe('compilePattern', () => {
  it('rejects a pattern that only compiles inside the anchoring wrapper', () => {
    expect(compilePattern('a)|(b').ok).toBe(false);
    expect(compilePattern('[').ok).toBe(false);
    expect(compilePattern('^a$').ok).toBe(true);
  });
});
