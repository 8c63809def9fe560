import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinScript, substitute, unfilledVariables, withDefaults } from '../../lib/variables/substitute';
import { findVariables, placeholderRegex } from '../../lib/variables/placeholders';

const SEED_BUILD = 'docker build --platform linux/amd64 -t __IMAGE_NAME__ .';

describe('substitute', () => {
  it('fills every occurrence of a variable that has a value', () => {
    const template = `${SEED_BUILD}\ndocker run --rm __IMAGE_NAME__ echo "Architecture OK"`;
    expect(substitute(template, { IMAGE_NAME: 'acme/web:2' })).toBe(
      'docker build --platform linux/amd64 -t acme/web:2 .\ndocker run --rm acme/web:2 echo "Architecture OK"',
    );
  });

  it('leaves empty and unknown variables as written', () => {
    expect(substitute('kubectl -n __NAMESPACE__ get pod __POD_NAME__', { NAMESPACE: '', POD_NAME: 'web-0' })).toBe(
      'kubectl -n __NAMESPACE__ get pod web-0',
    );
  });

  it('keeps the command syntax around variables untouched', () => {
    const template = [
      "docker inspect --format='{{.Architecture}}' __IMAGE__ \\",
      '  | grep amd64',
      'echo "$REGISTRY_TOKEN" | docker login __REGISTRY__ -u __USER__ --password-stdin',
      "kubectl get pod __POD_NAME__ -o jsonpath='{.status.containerStatuses[0].state}'",
    ].join('\n');
    const values = { IMAGE: 'a/b', REGISTRY: 'ghcr.io', USER: 'me', POD_NAME: 'web-0' };
    expect(substitute(template, values)).toBe(
      [
        "docker inspect --format='{{.Architecture}}' a/b \\",
        '  | grep amd64',
        'echo "$REGISTRY_TOKEN" | docker login ghcr.io -u me --password-stdin',
        "kubectl get pod web-0 -o jsonpath='{.status.containerStatuses[0].state}'",
      ].join('\n'),
    );
  });

  it('never touches lower-case dunders or language macros', () => {
    const template = 'if __name__ == "__main__": print(__FILE__, __LINE__, __init__)';
    expect(substitute(template, { FILE: 'x', LINE: 'y', NAME: 'z' })).toBe(template);
  });

  it('inserts values literally: no $& expansion, no second pass', () => {
    expect(substitute('a __A__ __B__', { A: '$& $1 $$', B: '__A__' })).toBe('a $& $1 $$ __A__');
  });

  it('does not treat a longer underscore run or a name inside an upper-case identifier as a placeholder', () => {
    const template = 'x___A__ LOGGING__A__DEFAULT=1 V2__A__3';
    expect(substitute(template, { A: 'v' })).toBe(template);
  });

  it('fills a placeholder glued to letters or digits on one side, or to lower-case on both', () => {
    expect(substitute('systemctl restart php__V__-fpm', { V: '8.3' })).toBe('systemctl restart php8.3-fpm');
    expect(substitute('gcc -l__LIB__ -Xmx__HEAP__', { LIB: 'ssl', HEAP: '2g' })).toBe('gcc -lssl -Xmx2g');
    expect(substitute("find / -name '__PKG__Config.cmake'", { PKG: 'Qt6' })).toBe("find / -name 'Qt6Config.cmake'");
    expect(substitute('CREATE TRIGGER __T___bi', { T: 'orders' })).toBe('CREATE TRIGGER orders_bi');
    expect(substitute('./gradlew :app:check__VARIANT__DuplicateClasses', { VARIANT: 'Debug' })).toBe(
      './gradlew :app:checkDebugDuplicateClasses',
    );
  });

  it('fills YAML and JSON blocks', () => {
    expect(substitute('image: "__IMAGE_NAME__"\nports: [__PORT__]', { IMAGE_NAME: 'n:1', PORT: '80' })).toBe(
      'image: "n:1"\nports: [80]',
    );
  });
});

describe('unfilledVariables', () => {
  it('lists the variables without a value, once each, in order', () => {
    expect(unfilledVariables('__B__ __A__ __B__ __C__ __FILE__', { C: 'x', A: '' })).toEqual(['B', 'A']);
  });
});

describe('withDefaults', () => {
  it('uses a default only where the reader typed nothing', () => {
    expect(withDefaults({ A: '', B: 'typed' }, { A: 'da', B: 'db', C: 'dc' })).toEqual({
      A: 'da',
      B: 'typed',
      C: 'dc',
    });
  });
});

describe('joinScript', () => {
  it('joins steps with one blank line and no trailing newline', () => {
    expect(joinScript(['echo 1\n', '', 'echo 2  \n\n'])).toBe('echo 1\n\necho 2');
  });
});

/** Text that holds no placeholder and cannot form one with its neighbours (no `_` or alphanumerics at its ends). */
const literal = fc
  .string({ unit: fc.constantFrom('a', 'Z', '_', ' ', '$', '{', '}', '"', "'", '\\', '\n', '|', '9', '<', '&', '🖍') })
  .map((s) => ` ${s.replace(placeholderRegex(), '__x__')} `);
const name = fc.constantFrom('IMAGE_NAME', 'PORT', 'A', 'DB_HOST', 'FILE');
const values = fc.dictionary(name, fc.string());

describe('substitute (properties)', () => {
  it('never changes text outside placeholders', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(literal, name)), literal, values, (pairs, tail, vals) => {
        const template = pairs.map(([text, n]) => `${text}__${n}__`).join('') + tail;
        const expected =
          pairs.map(([text, n]) => text + (n !== 'FILE' && vals[n] ? vals[n] : `__${n}__`)).join('') + tail;
        expect(substitute(template, vals)).toBe(expected);
      }),
    );
  });

  it('is the identity when there are no values, and on text without placeholders', () => {
    fc.assert(
      fc.property(fc.string(), values, (text, vals) => {
        expect(substitute(text, {})).toBe(text);
        if (findVariables(text).length === 0) expect(substitute(text, vals)).toBe(text);
      }),
    );
  });

  it('leaves exactly the unfilled variables behind', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(literal, name)), values, (pairs, vals) => {
        const template = pairs.map(([text, n]) => `${text}__${n}__`).join('');
        const safe = Object.fromEntries(Object.entries(vals).map(([k, v]) => [k, v.replace(/_/g, '-')]));
        expect(findVariables(substitute(template, safe))).toEqual(unfilledVariables(template, safe));
      }),
    );
  });
});
