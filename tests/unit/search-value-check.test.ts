import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { checkErrorStringValues, openExamples, valuesInErrorString } from '../../lib/search/value-check';
import { makeEntry } from './search-helpers';

const none = new Map<string, string[]>();

describe('example values written into error strings', () => {
  it.each([
    ['Error: listen EADDRINUSE: address already in use 127.0.0.1:3000', '127.0.0.1:3000', 'address already in use ...'],
    ['No ED25519 host key is known for github.com and you have', 'github.com', 'known for ... and you have'],
    ['Offending ECDSA key in /home/you/.ssh/known_hosts:12', '12', 'known_hosts:...'],
    ['standard_init_linux.go:228: exec user process caused', '228', 'linux.go:...: exec'],
    ['accept tcp [::]:8080: accept4: too many open files', '8080', '[::]:...: accept4'],
    ['Get "https://registry.example.com/v2/": tls: failed', 'https://registry.example.com/v2/', 'Get "...": tls'],
    ['the Docker daemon at unix:///var/run/docker.sock. Is the', 'unix:///var/run/docker.sock', 'daemon at .... Is'],
    ["fatal: Authentication failed for 'https://github.com/...'", 'https://github.com/', "failed for '...'"],
    // A host named after the prefix but not before a `/` is still a host.
    ['dial tcp: lookup api.k8s.io: no such host', 'api.k8s.io', 'lookup ...: no such'],
  ])('finds the value in %j', (text, value, suggested) => {
    const found = valuesInErrorString(text, none);
    expect(found?.values).toEqual([value]);
    expect(found?.suggested).toContain(suggested);
  });

  it.each([
    'java.io.IOException: Too many open files',
    'exec /usr/bin/... : exec format error',
    'Bind for ...:__PORT__ failed: port is already allocated',
    'curl: (60) SSL certificate problem: certificate has expired',
    'Exit Code: 137',
    'npm ERR! code ERESOLVE',
    'pull access denied for <image>, repository does not exist',
    // Kubernetes' own key prefixes before a `/` are the key's, not a host.
    'label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"',
    'node(s) had untolerated taint {node.kubernetes.io/not-ready: }',
    'the server could not find the requested resource (get pods.metrics.k8s.io/web-1)',
  ])('leaves %j alone: no value, or only open parts', (text) => {
    expect(valuesInErrorString(text, none)).toBeNull();
  });

  it("writes a variable's example as its placeholder, so the value is captured", () => {
    const examples = new Map([
      ['GIT_HOST', ['github.com']],
      ['NAMESPACE', ['default']],
    ]);
    expect(valuesInErrorString('git@github.com: Permission denied (publickey).', examples)).toEqual({
      values: ['github.com'],
      examples: ['github.com'],
      variables: ['GIT_HOST'],
      suggested: 'git@__GIT_HOST__: Permission denied (publickey).',
    });
    // A plain-word example counts only where a message quotes a name.
    expect(valuesInErrorString('the default branch is protected', examples)).toBeNull();
    expect(valuesInErrorString('namespaces "default" not found', examples)?.suggested).toBe(
      'namespaces "__NAMESPACE__" not found',
    );
  });

  it("is read by search with each variable's example as its placeholder, other values as written", () => {
    const examples = new Map([
      ['DB_USER', ['app']],
      ['DB_HOST', ['10.0.1.5', 'db.internal']],
    ]);
    expect(openExamples('FATAL:  password authentication failed for user "app"', examples)).toBe(
      'FATAL:  password authentication failed for user "__DB_USER__"',
    );
    expect(openExamples('connection to server at "10.0.1.5", port 5432 failed: Connection refused', examples)).toBe(
      'connection to server at "__DB_HOST__", port 5432 failed: Connection refused',
    );
    // A plain word outside quotes is the message's; open parts stay; no declared example, no change.
    expect(openExamples('the app server closed the connection', examples)).toBe('the app server closed the connection');
    expect(openExamples('user "__DB_USER__" at ... failed', examples)).toBe('user "__DB_USER__" at ... failed');
    expect(openExamples('user "app" failed', none)).toBe('user "app" failed');
  });

  it('keeps the string as written when its examples would make more placeholders than can capture', () => {
    const examples = new Map([['HOST', ['db.internal']]]);
    const text = 'db.internal, db.internal, db.internal, db.internal and db.internal refused';
    expect(openExamples(text, examples)).toBe(text);
    expect(openExamples('db.internal refused', examples)).toBe('__HOST__ refused');
  });

  it('warns at the symptom line with the string to write', () => {
    const entry = makeEntry({
      id: 'GIT_AUTH_001',
      title: 'Permission denied (publickey)',
      symptoms: ['git prints `git@github.com: Permission denied (publickey).`'],
      rest: '## Solution\n\n```bash\nssh -T git@__GIT_HOST__\n```\n',
    });
    const [d, ...more] = checkErrorStringValues(entry);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'error-string-value', line: entry.symptoms[0].line });
    expect(d.message).toContain('`git@github.com`');
    expect(d.hint).toContain('`...: Permission denied (publickey).`');
  });

  it('stays linear on hostile strings from another team (200 KB each)', () => {
    for (const text of [
      'a.'.repeat(100_000),
      'a-'.repeat(100_000),
      `x@${'a.'.repeat(100_000)}`,
      'a:1'.repeat(70_000),
    ]) {
      const started = performance.now();
      valuesInErrorString(text, new Map([['GIT_HOST', ['github.com']]]));
      expect(performance.now() - started).toBeLessThan(1_000); // quadratic, the first took 21 s
    }
  });

  it('finds nothing left in the starter KB', async () => {
    const kb = await loadKb(path.resolve(import.meta.dirname, '../../content'));
    expect(kb.diagnostics.filter((d) => d.code === 'error-string-value').map((d) => d.message)).toEqual([]);
  });
});
