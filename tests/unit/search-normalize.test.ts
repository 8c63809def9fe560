import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeToken, signatureTokens, tokenize, valueSlots, WILDCARD } from '../../lib/search/normalize';

describe('tokenize', () => {
  it.each([
    ['case and punctuation', 'Exec Format Error!', ['exec', 'format', 'error']],
    [
      'runc prefix file:line',
      'standard_init_linux.go:228: exec user process caused: exec format error',
      ['standard', 'init', 'linux', 'go', 'exec', 'user', 'process', 'caused', 'exec', 'format', 'error'],
    ],
    [
      'compose container prefix and path basename',
      'web-1  | exec /usr/local/bin/docker-entrypoint.sh: exec format error',
      ['exec', 'docker', 'entrypoint', 'sh', 'exec', 'format', 'error'],
    ],
    ['npm ERR! and npm error prefixes', 'npm ERR! code EACCES', ['code', 'eacce']],
    ['npm 10 prefix', 'npm error code EACCES', ['code', 'eacce']],
    ['ISO timestamp', '2024-03-01T12:34:56.789Z failed to start', ['failed', 'start']],
    ['klog header', 'E0102 03:04:05.123456   12345 reflector.go:138] Failed to watch', ['failed', 'watch']],
    [
      'kernel elapsed seconds',
      '[  12.345] Out of memory: Killed process 1234 (node)',
      ['out', 'memory', 'killed', 'process', 'node'],
    ],
    [
      'logfmt keys',
      'time="2024-01-01T00:00:00Z" level=error msg="driver not supported"',
      ['driver', 'not', 'supported'],
    ],
    ['IP and port', 'connect ECONNREFUSED 127.0.0.1:5432', ['connect', 'econnrefused']],
    [
      'URL keeps the host',
      "fatal: unable to access 'https://github.com/org/repo.git/': denied",
      ['fatal', 'unable', 'access', 'github', 'com', 'denied'],
    ],
    ['digest', 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 not found', ['not', 'found']],
    ['UUID and hex address', 'pod 5b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e at 0xb7a940 crashed', ['pod', 'crashed']],
    [
      'a Windows error code stays: it names the error',
      'WslRegisterDistribution failed with error: 0x800701bc at 0x7ffd5a3c2b10',
      ['wslregisterdistribution', 'failed', 'error', '0x800701bc'],
    ],
    ['an NTSTATUS too', 'Exception code: 0xC0000005', ['exception', 'code', '0xc0000005']],
    ['random pod suffix and long numbers', 'api-7d9c5b7f6-x7k2p restarted 12345 times', ['api', 'restarted', 'time']],
    ['exit codes stay', 'command terminated with exit code 137', ['command', 'terminated', 'exit', 'code', '137']],
    ['contractions', "Can't connect; couldn't read", ['cannot', 'connect', 'could', 'not', 'read']],
    ['Windows path basename', 'Cannot find C:\\Users\\me\\app\\index.js', ['cannot', 'find', 'index', 'js']],
    ['plural endings join; too is a word', 'Permissions are too open', ['permission', 'too', 'open']],
    [
      "nginx's request context after the error",
      '2026/12/04 11:02:33 [alert] 1432#1432: *9981234 socket() failed (24: Too many open files) while connecting to upstream, client: 198.51.100.23, server: api.example.com, request: "GET /v2/items HTTP/1.1", host: "api.example.com"',
      ['socket', 'failed', '24', 'too', 'many', 'open', 'file', 'connecting', 'upstream'],
    ],
    [
      'a client and a server in a message stay',
      'lost the client: server closed the connection',
      ['lost', 'client', 'server', 'closed', 'connection'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe("nginx's request context in an entry's string", () => {
  it('is set aside with `...` for its values, as it is on the pasted line', () => {
    expect(
      signatureTokens('[error] ...: *... no resolver defined to resolve ..., client: ..., server: ..., request: ...'),
    ).toEqual(['*', 'no', 'resolver', 'defined', 'resolve', '*']);
    expect(
      tokenize(
        '2026/11/30 14:22:07 [error] 29#29: *1183 no resolver defined to resolve orders-api, client: 10.0.0.5, server: _, request: "GET / HTTP/1.1"',
      ),
    ).toEqual(['29', '29', 'no', 'resolver', 'defined', 'resolve', 'order', 'api']);
  });
});

describe("the JVM's lead-in to an exception", () => {
  it('is a prefix: uncaught, as a cause, or neither, the exception reads the same', () => {
    const bare = tokenize("java.lang.NoSuchMethodError: 'void org.yaml.snakeyaml.representer.Representer.<init>()'");
    expect(
      tokenize(
        `Exception in thread "main" ${"java.lang.NoSuchMethodError: 'void org.yaml.snakeyaml.representer.Representer.<init>()'"}`,
      ),
    ).toEqual(bare);
    expect(
      tokenize("Caused by: java.lang.NoSuchMethodError: 'void org.yaml.snakeyaml.representer.Representer.<init>()'"),
    ).toEqual(bare);
    expect(bare).not.toContain('thread');
  });
});

describe('a carriage return as shells and terminals show it', () => {
  it('reads as CRLF, the name entries give the problem; an escaped line end and a Windows path do not', () => {
    expect(tokenize("./install.sh: line 2: $'\\r': command not found")).toContain('crlf');
    expect(tokenize("/usr/bin/env: 'bash\\r': No such file or directory")).toEqual(
      expect.arrayContaining(['bash', 'crlf']),
    );
    expect(signatureTokens('/bin/sh^M: bad interpreter: No such file or directory')).toContain('crlf');
    expect(tokenize('@@@@@@@@\\r\\n@    WARNING: UNPROTECTED PRIVATE KEY FILE!')).not.toContain('crlf');
    expect(tokenize('C:\\repo\\build failed')).not.toContain('crlf');
  });
});

describe('signatureTokens', () => {
  it('turns ..., … and <placeholders> into one wildcard', () => {
    expect(signatureTokens('exec /usr/bin/... : exec format error')).toEqual([
      'exec',
      WILDCARD,
      'exec',
      'format',
      'error',
    ]);
    expect(signatureTokens('pull access denied for <image>')).toEqual(['pull', 'access', 'denied', WILDCARD]);
    expect(signatureTokens('Cannot find module … imported from …')).toEqual([
      'cannot',
      'find',
      'module',
      WILDCARD,
      'imported',
      WILDCARD,
    ]);
  });

  it('reads a placeholder glued into a word as a wildcard for the whole word', () => {
    expect(signatureTokens('failed to run custom build command for `openssl-sys v__VERSION__`')).toEqual([
      'failed',
      'run',
      'custom',
      'build',
      'command',
      'openssl',
      'sys',
      '*',
    ]);
    expect(signatureTokens('ld: cannot find -l__LIB_NAME__: No such file')).toEqual([
      'ld',
      'cannot',
      'find',
      '*',
      'no',
      'file',
    ]);
    expect(signatureTokens('bad key LOGGING__LEVEL__DEFAULT')).toEqual(['bad', 'key', 'logging', 'level', 'default']);
  });

  it('leaves code such as __init__ and {{.Architecture}} to the tokenizer', () => {
    expect(signatureTokens('No module named __init__')).toEqual(['no', 'module', 'named', 'init']);
  });
});

describe('valueSlots', () => {
  it('tells a variable (one value) from `...`, `<image>` and `{name}` (any text), wildcard by wildcard', () => {
    expect(valueSlots('Error: Port __PORT__ is already in use')).toEqual([true]);
    expect(valueSlots('php__PHP_VERSION__-fpm.service failed')).toEqual([true]);
    expect(valueSlots('could not apply ... onto branch __BRANCH__')).toEqual([false, true]);
    expect(valueSlots('pull access denied for <image>, repository does not exist')).toEqual([false]);
    expect(valueSlots('no such host {name} under zone {zone}')).toEqual([false, false]);
  });

  it('reads a placeholder between quotes or brackets as any text: the delimiters end its value', () => {
    expect(valueSlots('Could not find user "__DB_USER__" for db "__DB_NAME__"')).toEqual([false, false]);
    expect(valueSlots('access to project [__PROJECT__] or it does not exist')).toEqual([false]);
    expect(valueSlots('creating S3 Bucket (__BUCKET__): BucketAlreadyExists')).toEqual([false]);
    expect(valueSlots('Aucune règle pour fabriquer la cible « __TARGET__ », nécessaire pour « __GOAL__ »')).toEqual([
      false,
      false,
    ]);
  });

  it('joins consecutive placeholders as signatureTokens does: one value slot only if each is a value', () => {
    expect(valueSlots('dial tcp __HOST__:__PORT__: connection refused')).toEqual([true]);
    expect(valueSlots('dial tcp ...:__PORT__: connection refused')).toEqual([false]);
    // The id between them is noise: the two placeholders are one wildcard.
    expect(valueSlots('pod __POD__ 7d9c5b7f6 __NAMESPACE__ failed')).toEqual([true]);
  });

  it('has one entry per wildcard of signatureTokens, whatever the string', () => {
    const part = fc.constantFrom(
      '...',
      '…',
      '__NAME__',
      '<image>',
      '{x}',
      '"__Q__"',
      'word',
      'ab12cd34ef',
      '12345',
      ':',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        expect(valueSlots(text)).toHaveLength(signatureTokens(text).filter((t) => t === WILDCARD).length);
      }),
    );
  });
});

describe('normalizeToken', () => {
  it('drops ids and keeps codes', () => {
    expect(normalizeToken('7d9c5b7f6')).toBeNull();
    expect(normalizeToken('deadbeef42')).toBeNull();
    expect(normalizeToken('45s')).toBeNull();
    expect(normalizeToken('the')).toBeNull();
    expect(normalizeToken('TS2307')).toBe('ts2307');
    expect(normalizeToken('arm64')).toBe('arm64');
    expect(normalizeToken('404')).toBe('404');
  });
});

describe('sizes', () => {
  it("keep their unit and drop their number, as an entry's `...kB` does", () => {
    expect(tokenize('total-vm:8123456kB, anon-rss:7012345kB')).toEqual(['total', 'vm', 'kb', 'anon', 'rss', 'kb']);
    expect(signatureTokens('total-vm:...kB')).toEqual(['total', 'vm', WILDCARD, 'kb']);
    expect(tokenize('limit 512Mi, 2GiB free, 45s ago')).toEqual(['limit', 'mi', 'gib', 'free', 'ago']);
  });
});

const word = fc.stringMatching(/^[a-z]{3,10}$/).filter((w) => normalizeToken(w) === w);
const noise = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.uuid(),
  fc.stringMatching(/^[0-9a-f]{12}$/).filter((h) => /\d/.test(h) && /[a-f]/.test(h)),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(65535)).map(([a, b, c, port]) => `${a}.${b}.${c}.1:${port}`),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`),
  fc.nat(99999).map((n) => `[${String(n).padStart(6)}.${n % 1000}]`),
);

describe('noise invariance (property)', () => {
  it('ids, digests, addresses and timestamps around a message do not change its tokens', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(noise, { minLength: 1, maxLength: 3 }),
        (words, extra) => {
          const message = words.join(' ');
          expect(tokenize(`${extra.join(' ')} ${message} ${extra.join(' ')}`)).toEqual(tokenize(message));
        },
      ),
    );
  });

  it('prefixes added by docker compose and npm do not change the tokens', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.nat(9),
        (words, service, n) => {
          const message = words.join(' ');
          expect(tokenize(`${service}-${n}  | ${message}`)).toEqual(tokenize(message));
          expect(tokenize(`npm ERR! ${message}`)).toEqual(tokenize(message));
        },
      ),
    );
  });
});
