import { describe, expect, it } from 'vitest';
import {
  everySlotQuoted,
  isClassHead,
  shoutedLabels,
  tailStartOf,
  withoutRepeatedElement,
} from '../../lib/search/signature-index';
import { valuePartTokens, valueTokens } from '../../lib/search/example-values';
import { signatureTokens, tokenize } from '../../lib/search/normalize';
import { slotValues } from '../../lib/search/signature-match';
import { chainParts, chainTail, tailElement } from '../../lib/search/signals';
import { engineFor, makeEntry, sampleEntries, type EntrySpec } from './search-helpers';
import { loadForeignKb } from '../../scripts/bench/search-foreign-data';

/**
 * Ranking signals that generalize: the last element of an error chain names the error, example
 * values in an entry's error string weigh little, a confident match comes before word overlap, and
 * in a log the earliest matching line (the root cause) comes first.
 */
const nearMisses = () => [
  makeEntry({
    id: 'ARCH_001',
    title: 'Wrong CPU architecture',
    symptoms: ['Log shows `exec /usr/bin/... : exec format error`'],
  }),
  makeEntry({
    id: 'CRLF_001',
    title: 'Entrypoint script has CRLF line endings',
    symptoms: ['Log shows `standard_init_linux.go:228: exec user process caused: no such file or directory`'],
  }),
  makeEntry({
    id: 'KEYPERM_001',
    title: 'Private key too open',
    symptoms: ['`Load key "/home/you/.ssh/id_rsa": bad permissions`'],
  }),
  makeEntry({
    id: 'PUBKEY_001',
    title: 'Git over SSH denied',
    symptoms: ['`git@github.com: Permission denied (publickey).`'],
  }),
  makeEntry({
    id: 'SUDO_001',
    title: 'sudo cannot resolve its host',
    symptoms: ['`sudo: unable to resolve host web-01: Name or service not known`'],
  }),
];

/** An engine over the near misses and the given entries. */
const nearMissesWith = (...specs: EntrySpec[]) => engineFor([...nearMisses(), ...specs.map(makeEntry)]);

/** A missing-secret entry whose string has a slot, and an entry whose string could follow it on the same line. */
const SECRET_AND_TOKEN: EntrySpec[] = [
  {
    id: 'SECRET_001',
    title: 'Pod references a missing secret',
    symptoms: ['Events show `Error: secret "..." not found`'],
  },
  { id: 'TOKEN_001', title: 'Registry token expired', symptoms: ['`unauthorized: registry auth token expired`'] },
];

describe('chain tails', () => {
  it('takes the last element of a query line, skipping a quoted value or path after the last colon', () => {
    expect(chainTail('standard_init_linux.go:228: exec user process caused: exec format error')).toEqual([
      'exec',
      'format',
      'error',
    ]);
    expect(chainTail("OSError: [Errno 24] Too many open files: '/var/lib/app/x.json'")).toEqual([
      'errno',
      '24',
      'too',
      'many',
      'open',
      'file',
    ]);
    expect(chainTail('git@github.com: Permission denied (publickey).')).toEqual(['permission', 'denied']);
    expect(chainTail('no chain here')).toEqual([]);
  });

  it('does not split at a colon inside parentheses: an aside is not an element of the chain', () => {
    expect(chainTail('worker  Terminated: OOMKilled (exit code: 137)')).toEqual(['oomkilled']);
    expect(chainParts('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)')).toHaveLength(2);
  });

  it("passes over containerd's status code appended to the error, with or without Docker's full stop", () => {
    const runc = 'runc create failed: unable to start container process: exec: "/app/run": exec format error';
    expect(chainTail(`${runc}: unknown`)).toEqual(['exec', 'format', 'error']);
    expect(chainTail(`${runc}: unknown.`)).toEqual(['exec', 'format', 'error']);
    // Only as the last element, and only alone: an error about something unknown keeps its words.
    expect(chainTail('Error: unknown flag: --platfrom')).toEqual(['platfrom']);
    expect(chainTail('ssh: Could not resolve hostname x: unknown host')).toEqual(['unknown', 'host']);
  });

  it("passes over the exit status a wrapper appends to its child's error", () => {
    const podman =
      'Error: writing blob: adding layer with blob "sha256:9b39": processing tar file(potentially insufficient UIDs or GIDs available): exit status 1';
    expect(chainTail(podman)).toEqual(['processing', 'tar', 'file']);
    expect(chainTail('ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2')).toEqual([
      'process',
      'sh',
      'make',
      'not',
      'complete',
      'successfully',
    ]);
    // Only at the end, and only a status: a status inside an aside, or an error about exit codes, keeps its words.
    expect(chainTail('worker  Terminated: OOMKilled (exit code: 137)')).toEqual(['oomkilled']);
    expect(chainTail('make: *** [all] Error 2: exit status was not zero')).toEqual(['exit', 'status', 'not', 'zero']);
  });

  it("passes over Maven's help marker closing an error line", () => {
    const maven =
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project core: Fatal error compiling: java.lang.OutOfMemoryError: Metaspace';
    expect(chainTail(`${maven} -> [Help 1]`)).toEqual(['metaspace']);
    expect(chainTail(maven)).toEqual(['metaspace']);
  });

  it('says whether an element follows the one read as the tail (then its last word labels that value)', () => {
    expect(tailElement('open() failed (24: Too many open files), request: "GET /", host: "shop.example"')).toEqual({
      text: '"GET /", host',
      bare: '       , host',
      last: false,
    });
    expect(tailElement('exec user process caused: exec format error')?.last).toBe(true);
    expect(tailElement('no chain here')).toBeNull();
  });

  it('marks where the last element of an entry error string starts', () => {
    const text = 'standard_init_linux.go:228: exec user process caused: no such file or directory';
    const tokens = signatureTokens(text);
    expect(tokens.slice(tailStartOf(text, tokens))).toEqual(['no', 'file', 'directory']);
    expect(tailStartOf('exec format error', signatureTokens('exec format error'))).toBe(0);
  });
});

describe('example values in error strings', () => {
  it('weighs quoted parts and absolute paths as values', () => {
    expect([...valueTokens("Error: Cannot find module 'express'")]).toEqual(['express']);
    expect([...valueTokens('Cannot open /srv/data/app.db for writing')]).toEqual(['app', 'db']);
    // The line and column after a path are the path's too.
    expect([...valueTokens('ERROR: /home/dev/api/BUILD.bazel:3:11: in java_library rule')]).toEqual([
      'build',
      'bazel',
      '3',
      '11',
    ]);
    expect([...valueTokens('exec format error')]).toEqual([]);
  });

  it("opens no quote at an apostrophe inside a word: `Can't resolve 'crypto'` quotes the package", () => {
    const text = "Module not found: Error: Can't resolve 'crypto' in '/app/node_modules/some-lib/lib'";
    expect([...valueTokens(text)]).toContain('crypto');
    expect([...valueTokens(text)]).not.toContain('resolv');
    expect([...valueTokens("Error: couldn’t find 'config.yml'")]).toEqual(['config', 'yml']);
  });

  it('reads a quoted sentence as the message, not a value', () => {
    expect([...valueTokens('FastCGI sent in stderr: "Primary script unknown" while reading')]).toEqual([]);
    expect([...valueTokens("may require 'docker login'")]).toEqual(['docker', 'login']); // two words: a command
  });

  it("lists a pasted line's value words: quoted, in paths, or with any character other than letters", () => {
    const values = valuePartTokens(
      'api.service: Failed at step EXEC spawning /opt/api/bin/server: No such file or directory (code 203)',
    );
    expect([...values].sort()).toEqual(['203', 'api', 'server', 'service']); // `opt` and `bin` are path noise
    expect([...valuePartTokens('Post \\"http://localhost:9090/api/v1/query\\": dial tcp')]).toContain('localhost');
    expect([...valuePartTokens('no such file or directory')]).toEqual([]);
  });

  it("reads a hostile line's value words in linear time (runs of quotes and brackets)", () => {
    const started = performance.now();
    valuePartTokens(`${'(('.repeat(50_000)}a${'))'.repeat(50_000)} ${'"'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reads a hostile quoted part in linear time (a long run of spaces)', () => {
    const started = performance.now();
    valueTokens(`x "a b c${' '.repeat(200_000)}1" y`);
    expect(performance.now() - started).toBeLessThan(200); // 11 ms here; one regex took 0.7 s at 40,000 spaces
  });
});

describe('ranking', () => {
  it('ranks the entry sharing the tail of the chain above the one sharing its wrapper', async () => {
    const { results, confident } = await engineFor(nearMisses()).search(
      'standard_init_linux.go:228: exec user process caused: exec format error',
      5,
    );
    expect(results[0].id).toBe('ARCH_001');
    expect(confident).toBe(true);
  });

  it('is confident on a value the entry shows differently (another host, another key path)', async () => {
    const engine = engineFor(nearMisses());
    const sudo = await engine.search('sudo: unable to resolve host ip-172-31-9-44: Name or service not known', 5);
    expect([sudo.results[0].id, sudo.confident]).toEqual(['SUDO_001', true]);
  });

  it('is confident when everything inside the outermost wrapper of a chain matches (another tool, same error)', async () => {
    const { results, confident } = await nearMissesWith({
      id: 'PROXY_001',
      title: 'Port taken on the host',
      symptoms: ['`Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use`'],
    }).search(
      'Ports are not available: exposing port TCP 0.0.0.0:3306 -> 0.0.0.0:0: listen tcp4 0.0.0.0:3306: bind: address already in use',
      5,
    );
    expect([results[0].id, confident]).toEqual(['PROXY_001', true]);
  });

  it("reads a registry's repeated element once: another registry's message after the code is the same error", async () => {
    expect(withoutRepeatedElement('manifest for ... not found: manifest unknown: manifest unknown')).toBe(
      'manifest for ... not found: manifest unknown',
    );
    expect(withoutRepeatedElement('unauthorized: authentication required')).toBe(
      'unauthorized: authentication required',
    );
    const engine = nearMissesWith({
      id: 'TAG_001',
      title: 'The tag does not exist',
      symptoms: ['`manifest for __IMAGE_NAME__ not found: manifest unknown: manifest unknown`'],
    });
    const ecr = await engine.search(
      'Error response from daemon: manifest for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:pr-482 not found: manifest unknown: Requested image not found',
      5,
    );
    expect([ecr.results[0].id, ecr.confident]).toEqual(['TAG_001', true]);
  });

  it('puts the earliest matching line of a log first: the root cause, then what followed', async () => {
    const paste = 'Load key "/root/.ssh/id_ed25519": bad permissions\ngit@github.com: Permission denied (publickey).';
    const { results } = await engineFor(nearMisses()).search(paste, 5);
    expect(results.slice(0, 2).map((r) => [r.id, r.lines])).toEqual([
      ['KEYPERM_001', [1]],
      ['PUBKEY_001', [2]],
    ]);
  });

  it('is not confident when the paste only shares some words', async () => {
    const { results, confident } = await engineFor(nearMisses()).search(
      'main.c:3:10: fatal error: openssl/ssl.h: No such file or directory',
      5,
    );
    expect(confident).toBe(false);
    expect(results.every((r) => !r.confident)).toBe(true);
  });
  it('is not sure of an entry whose string shares one rare word with the line, however rare', async () => {
    // `not` is in many entries' strings, so `registry` alone carries most of the string's weight.
    const others = ['command', 'module', 'file', 'page', 'user'].map((word, n) => ({
      id: `NOT_FOUND_00${n + 1}`,
      title: `${word} not found`,
      symptoms: [`\`${word} was not found\``],
    }));
    const { results } = await nearMissesWith(...others, {
      id: 'NPM404_001',
      title: 'npm package not in the registry',
      symptoms: ["`'...' is not in this registry.`"],
    }).search("Unable to find image 'registry.gitlab.com/payflow/ledger-svc:2.8.0' locally", 5);
    expect(results[0]?.id).toBe('NPM404_001');
    expect(results[0]?.confident).toBe(false);
  });

  it("is not sure of a line that is only a string's last element when that element is a system error's text", async () => {
    const sudo = makeEntry({
      id: 'SUDO_HOST_001',
      title: 'sudo cannot resolve its own host name',
      symptoms: ['`sudo: unable to resolve host __HOSTNAME__: Temporary failure in name resolution`'],
    });
    const engine = engineFor([sudo]);
    const ping = await engine.search('ping: web01: Temporary failure in name resolution', 1);
    expect(ping.results[0]).toMatchObject({ id: 'SUDO_HOST_001', confident: false });
    const own = await engine.search('sudo: unable to resolve host edge-07: Temporary failure in name resolution', 1);
    expect(own.results[0]).toMatchObject({ id: 'SUDO_HOST_001', confident: true });
  });

  it("is not sure of a string that ends with a system error's text where the word before its value stands apart", async () => {
    const crlf = makeEntry({
      id: 'CRLF_ENTRY_001',
      title: 'Entrypoint script saved with CRLF line endings',
      symptoms: ['Container exits with `exec /docker-entrypoint.sh: no such file or directory`'],
    });
    const engine = engineFor([crlf]);
    // systemd's missing ExecStart binary: `exec`, a path and the text, with `spawning` between.
    const systemd = await engine.search(
      'api.service: Failed at step EXEC spawning /opt/api/bin/server: No such file or directory',
      1,
    );
    expect(systemd.results[0]).toMatchObject({ id: 'CRLF_ENTRY_001', confident: false });
    for (const own of [
      'exec /usr/local/bin/entrypoint.sh: no such file or directory',
      'exec: "/app/start.sh": no such file or directory',
      'exec /docker-entrypoint.sh: no such file or directory',
      // Older runc prints no value there: the line is not held to one.
      'standard_init_linux.go:228: exec user process caused: no such file or directory',
    ]) {
      const { results } = await engine.search(own, 1);
      expect(results[0], own).toMatchObject({ id: 'CRLF_ENTRY_001', confident: true });
    }
  });

  it('is not sure of a command the reader typed after a prompt, whatever it names', async () => {
    const cpu = makeEntry({
      id: 'CPU_001',
      title: 'Pod Pending: Insufficient cpu',
      symptoms: ['Events show `FailedScheduling` with `0/3 nodes are available: 3 Insufficient cpu.`'],
    });
    const engine = engineFor([cpu]);
    const typed = await engine.search('$ kubectl get events --field-selector reason=FailedScheduling', 1);
    expect(typed.results[0]).toMatchObject({ id: 'CPU_001', confident: false });
    const printed = await engine.search(
      '$ kubectl get events\n12s  Warning  FailedScheduling  pod/web-1  0/3 nodes are available: 3 Insufficient cpu.',
      1,
    );
    expect(printed.results[0]).toMatchObject({ id: 'CPU_001', confident: true, lines: [2] });
  });

  it('reads `too` as a word: `are too open` is not any `open`', async () => {
    const keyModes = makeEntry({
      id: 'SSH_KEYMODE_001',
      title: 'ssh key too open',
      symptoms: ["`Permissions ... for '...' are too open.`"],
    });
    const engine = engineFor([keyModes]);
    const denied = await engine.search("Error: EACCES: permission denied, open '/var/log/checkout/app.log'", 1);
    expect(denied.confident).toBe(false);
    const tooOpen = await engine.search("Permissions 0644 for '/home/kim/.ssh/id_ed25519' are too open.", 1);
    expect(tooOpen.results[0]).toMatchObject({ id: 'SSH_KEYMODE_001', confident: true });
  });
});

describe('a variable in an error string', () => {
  const refused = (symptom: string) =>
    engineFor([...sampleEntries(), makeEntry({ id: 'REFUSED_001', title: 'Connection refused', symptoms: [symptom] })]);
  const agent = 'error: failed to connect to the metrics agent over its unix socket: connection refused';

  it('stands for one value: a line with words of a message in its place is another error', async () => {
    const named = refused('`failed to connect to __HOST__: connection refused`');
    const spanned = await named.search(agent, 1, { explain: true });
    expect(spanned.confident).toBe(false);
    expect(spanned.results[0]?.why).toMatchObject({ failure: 'slot' });
    const host = await named.search('error: failed to connect to db-1.internal: connection refused', 1);
    expect(host.results[0]).toMatchObject({ id: 'REFUSED_001', confident: true });
    // `...` stands for any text.
    const open = refused('`failed to connect to ...: connection refused`');
    expect((await open.search(agent, 1)).results[0]).toMatchObject({ id: 'REFUSED_001', confident: true });
  });

  it('between brackets or quotes, holds a value with spaces', async () => {
    const gcloud = engineFor([
      ...sampleEntries(),
      makeEntry({
        id: 'GCLOUD_PROJECT_001',
        title: 'gcloud project not found',
        symptoms: ['`You do not appear to have access to project [__PROJECT__] or it does not exist.`'],
      }),
    ]);
    const { results } = await gcloud.search(
      'WARNING: You do not appear to have access to project [Acme Data Platform] or it does not exist.',
      1,
    );
    expect(results[0]).toMatchObject({ id: 'GCLOUD_PROJECT_001', confident: true });
  });
});

describe('a string that is one identifier joined by underscores', () => {
  const flood: EntrySpec = {
    id: 'ES_FLOOD_001',
    title: 'Index read-only after the flood-stage watermark',
    symptoms: ['Bulk requests fail with `cluster_block_exception`'],
  };

  it('is the answer where the tool prints it', async () => {
    const { results } = await nearMissesWith(flood).search(
      '{"error":{"root_cause":[{"type":"cluster_block_exception","reason":"index [logs-1] blocked"}],"status":429}',
      5,
    );
    expect([results[0]?.id, results[0]?.confident]).toEqual(['ES_FLOOD_001', true]);
  });
});

describe('a string that quotes a carriage return as the shell shows it', () => {
  const crlf = () =>
    engineFor([
      makeEntry({
        id: 'CRLF_SCRIPT_001',
        title: 'Script saved with Windows line endings',
        symptoms: ['Running it prints `/bin/sh^M: bad interpreter: No such file or directory`'],
      }),
    ]);

  it.each([
    'bash: ./deploy.sh: /bin/bash^M: bad interpreter: No such file or directory',
    "/usr/bin/env: 'bash\\r': No such file or directory\n./run.sh: /bin/sh^M: bad interpreter: No such file or directory",
  ])('is the answer where the line shows it (%j)', async (paste) => {
    expect(await crlf().search(paste, 1)).toMatchObject({ confident: true, results: [{ id: 'CRLF_SCRIPT_001' }] });
  });

  it("is not where the line has the same words without it: a moved virtualenv's interpreter is not there", async () => {
    const paste =
      'bash: /home/dev/shop/.venv/bin/pip: /home/olddev/shop/.venv/bin/python3: bad interpreter: No such file or directory';
    expect(await crlf().search(paste, 1)).toMatchObject({ confident: false, results: [{ id: 'CRLF_SCRIPT_001' }] });
  });
});

describe('a line with no error word', () => {
  const hostKey: EntrySpec = {
    id: 'HOSTKEY_UNKNOWN_001',
    title: 'ssh does not know the host key',
    symptoms: ['`No ED25519 host key is known for github.com and you have requested strict checking.`'],
  };
  const log = (line: string) =>
    [
      '$ git clone git@gitlab.com:acme/deploy.git',
      "Cloning into 'deploy'...",
      line,
      'Host key verification failed.',
    ].join('\n');

  it('holds the error when it holds nearly all of a long, telling string', async () => {
    const { results } = await nearMissesWith(hostKey).search(
      log('No ED25519 host key is known for gitlab.com and you have requested strict checking.'),
      5,
    );
    expect([results[0]?.id, results[0]?.confident, results[0]?.lines]).toEqual(['HOSTKEY_UNKNOWN_001', true, [3]]);
  });

  it('does not when it holds only part of it (a changed key, not an unknown one)', async () => {
    const { results } = await nearMissesWith(hostKey).search(
      log('Host key for gitlab.com has changed and you have requested strict checking.'),
      5,
    );
    expect(results[0]?.confident).toBe(false);
  });

  it("is an error line when it names the culprit: ssh's `Offending … key in …`", async () => {
    const changed: EntrySpec = {
      id: 'HOSTKEY_CHANGED_001',
      title: 'ssh host key changed',
      symptoms: ['`Offending ... key in ...known_hosts:...` is named'],
    };
    const paste = [
      'Offending ED25519 key in /home/ops/.ssh/known_hosts:41',
      '  remove with:',
      '  ssh-keygen -f "/home/ops/.ssh/known_hosts" -R "172.16.4.21"',
      'Host key verification failed.',
    ].join('\n');
    const { results } = await nearMissesWith(changed, hostKey).search(paste, 5);
    expect([results[0]?.id, results[0]?.confident, results[0]?.lines]).toEqual(['HOSTKEY_CHANGED_001', true, [1]]);
  });

  it('does not for a short string: `git pull` on the command line is not an error', async () => {
    const { results } = await nearMissesWith({
      id: 'MERGE_001',
      title: 'Merge conflict',
      symptoms: ['`git pull` stops with `CONFLICT (content): Merge conflict in ...`', 'after `git pull`'],
    }).search('$ git pull\nUpdating 3e1f0a2..9b7c4d1\nerror: cannot lock ref', 5);
    expect(results[0]?.confident).toBe(false);
  });
});

describe('a long, telling string with its last element, and more on the line', () => {
  const altnames: EntrySpec = {
    id: 'TLS_ALTNAME_001',
    title: 'Certificate does not cover the host name',
    symptoms: ["`Hostname/IP does not match certificate's altnames`"],
  };
  // Entries that know the line's other words (ERR_TLS, invalid, host, cert, DNS, example.com), as a real KB does: the
  // string then holds under 40 % of the line, and the line's own last element (`DNS:*.example.com`) none of it.
  const others: EntrySpec[] = [
    { id: 'CURL_RESOLVE_001', title: 'curl cannot resolve', symptoms: ['`Could not resolve host: example.com`'] },
    {
      id: 'X509_VALID_FOR_001',
      title: 'Certificate for another name',
      symptoms: ['`x509: certificate is valid for *.example.com, not db.internal`'],
    },
    { id: 'DNS_SERVFAIL_001', title: 'DNS lookup fails', symptoms: ['`DNS lookup failed for cert.internal host`'] },
    {
      id: 'TLS_HANDSHAKE_001',
      title: 'TLS handshake fails',
      symptoms: ['`Error [ERR_TLS_HANDSHAKE]: TLS handshake failed: invalid cert for db host`'],
    },
  ];
  const line =
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: db.internal. is not in the cert's altnames: DNS:*.example.com, DNS:example.com";

  it('holds the error when nearly all of it is there with its last element: what follows is detail', async () => {
    const { results } = await nearMissesWith(altnames, ...others).search(line, 5);
    expect([results[0]?.id, results[0]?.confident]).toEqual(['TLS_ALTNAME_001', true]);
  });
});

describe('a line that is the head of a chained string, without its last element', () => {
  const sudo: EntrySpec = {
    id: 'SUDO_HOST_001',
    title: 'sudo cannot resolve the host name',
    symptoms: ['`sudo: unable to resolve host ...: Name or service not known`'],
  };
  // Without the near misses' SUDO_001, whose string names an example host and so has another head.
  const kbWith = (...specs: EntrySpec[]) =>
    engineFor([...nearMisses().filter((e) => e.id !== 'SUDO_001'), ...specs.map(makeEntry)]);

  it('is the same error in fewer words: newer sudo prints only the head', async () => {
    for (const paste of [
      'sudo: unable to resolve host build-agent-04',
      "jenkins@build-agent-04:~$ sudo -u postgres psql -c 'select 1'\nsudo: unable to resolve host build-agent-04\n ?column?",
    ]) {
      const { results } = await kbWith(sudo).search(paste, 5);
      expect([paste, results[0]?.id, results[0]?.confident]).toEqual([paste, 'SUDO_HOST_001', true]);
    }
  });

  it('is not when the line goes on with a last element of its own, even where a slot could take it', async () => {
    const { results } = await kbWith(sudo).search(
      'sudo: unable to resolve host web-2: No address associated with hostname',
      5,
    );
    expect([results[0]?.id, results[0]?.confident]).toEqual(['SUDO_HOST_001', false]);
  });

  it('is not when another entry has the same head: the last element was what told them apart', async () => {
    const ssh = (id: string, last: string): EntrySpec => ({
      id,
      title: `ssh: ${last}`,
      symptoms: [`\`ssh: connect to host ... port 22: ${last}\``],
    });
    const both = [ssh('SSH_REFUSED_001', 'Connection refused'), ssh('SSH_TIMEOUT_001', 'Connection timed out')];
    const { results } = await kbWith(...both).search('ssh: connect to host 10.0.4.12 port 22', 5);
    expect(
      results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['SSH_REFUSED_001', 'SSH_TIMEOUT_001']);
    expect(results.some((r) => r.confident)).toBe(false);
    const alone = await kbWith(both[0]).search('ssh: connect to host 10.0.4.12 port 22', 5);
    expect([alone.results[0]?.id, alone.results[0]?.confident]).toEqual(['SSH_REFUSED_001', true]);
  });
});

describe("an exception's class and message, and a line with the message alone", () => {
  const sqlite = (head: string): EntrySpec => ({
    id: 'SQLITE_LOCKED_001',
    title: 'SQLite database is locked',
    technologies: ['python'],
    symptoms: [`\`${head}: database is locked\``],
  });
  // The line's head has words the KB knows and the string lacks, so it is not the message alone (`tailAlone`).
  const logged = '2026-12-06 10:01:22 ERROR docker host sync failed: database is locked';
  const search = async (head: string, paste: string) => {
    const { results } = await engineFor([...nearMisses(), makeEntry(sqlite(head))]).search(paste, 5);
    return [results[0]?.id, results[0]?.confident];
  };

  it.each([
    ['sqlite3.OperationalError', true],
    ['RuntimeError', true],
    ['org.example.Worker$TaskError', true],
    ['sqlite3.LockWatcher', false],
    ['RuntimeError: worker', false],
    ['Traceback (most recent call last)', false],
  ])('reads %j before the message as an exception class: %s', (head, expected) => {
    expect(isClassHead(`${head}: database is locked`)).toBe(expected);
  });

  it('is a match when the line ends with the whole message (a logger printed str(e))', async () => {
    expect(await search('sqlite3.OperationalError', logged)).toEqual(['SQLITE_LOCKED_001', true]);
  });

  it('is not when the head before the message is no exception class, or the line ends with another message', async () => {
    expect(await search('sqlite3.LockWatcher', logged)).toEqual(['SQLITE_LOCKED_001', false]);
    const other = '2026-12-06 10:01:22 ERROR docker host sync failed: database disk image is malformed';
    expect((await search('sqlite3.OperationalError', other))[1]).not.toBe(true);
  });
});

describe('a label shouted in capitals before the error', () => {
  const labelled = (text: string) => {
    const tokens = signatureTokens(text);
    return tokens.filter((_, i) => shoutedLabels(text, tokens)[i]);
  };

  it('marks the words of an element of two capitalised words or more before the last', () => {
    expect(labelled('Error: INSTALLATION FAILED: cannot re-use a name that is still in use')).toEqual([
      'installation',
      'failed',
    ]);
    expect(labelled('TASK ERROR: cluster not ready - no quorum?')).toEqual(['task', 'error']);
  });

  it('leaves a code, a single shouted word, a shouted last element and a mixed-case element alone', () => {
    expect(labelled('Error [ERR_REQUIRE_ESM]: require() of ES Module')).toEqual([]);
    expect(labelled('(error) MISCONF Redis is configured to save RDB snapshots')).toEqual([]);
    expect(labelled('FATAL: password authentication failed for user "app"')).toEqual([]);
    expect(labelled('Error: ACCESS DENIED')).toEqual([]);
    expect(labelled('Error: Installation Failed: cannot re-use a name')).toEqual([]);
  });

  const helm: EntrySpec = {
    id: 'HELM_NAME_IN_USE_001',
    title: 'Helm release name still in use',
    technologies: ['helm'],
    symptoms: ['`helm install` prints `Error: INSTALLATION FAILED: cannot re-use a name that is still in use`'],
  };
  const search = async (paste: string) => {
    const { results } = await nearMissesWith(helm).search(paste, 5);
    return [results[0]?.id, results[0]?.confident];
  };

  it('matches the error another version prints without the label', async () => {
    expect(await search('Error: cannot re-use a name that is still in use')).toEqual(['HELM_NAME_IN_USE_001', true]);
    expect(await search('helm.go:84: [debug] cannot re-use a name that is still in use')).toEqual([
      'HELM_NAME_IN_USE_001',
      true,
    ]);
  });

  it('does not make the label alone, before another error, a match', async () => {
    const other = 'Error: INSTALLATION FAILED: rendered manifests contain a resource that already exists';
    expect((await search(other))[1]).not.toBe(true);
  });
});

describe('a status several entries carry, and the entry named after it', () => {
  const k8s = (): EntrySpec[] => [
    {
      id: 'CRASHLOOP_001',
      title: 'Kubernetes pod in CrashLoopBackOff',
      symptoms: ['`kubectl get pods` shows `CrashLoopBackOff`', 'Events show `Back-off restarting failed container`'],
    },
    {
      id: 'OOM_001',
      title: 'Kubernetes container OOMKilled',
      symptoms: [
        'The pod shows `CrashLoopBackOff`',
        'describe shows `Reason: OOMKilled` under `Last State: Terminated`',
      ],
    },
  ];
  const table = [
    'NAME                     READY   STATUS             RESTARTS      AGE',
    'api-6f7c9d8b4-xk2lp      0/1     CrashLoopBackOff   4 (31s ago)   2m',
  ];

  it('is a confident match for the entry whose title names it, and only for that one', async () => {
    const { results } = await nearMissesWith(...k8s()).search(table.join('\n'), 5);
    expect(results.map((r) => [r.id, r.confident])).toEqual([
      ['CRASHLOOP_001', true],
      ['OOM_001', false],
    ]);
  });

  it('never outranks a cause on a later line: the status shows first in a log, the cause after it', async () => {
    const engine = nearMissesWith(...k8s());
    const oom = [...table, '    Last State:     Terminated', '      Reason:       OOMKilled'].join('\n');
    expect((await engine.search(oom, 5)).results[0]?.id).toBe('OOM_001');
    const arch = [...table, '$ kubectl logs api-6f7c9d8b4-xk2lp --previous', 'exec /usr/bin/node: exec format error'];
    expect((await engine.search(arch.join('\n'), 5)).results[0]?.id).toBe('ARCH_001'); // a near miss of nearMisses()
  });

  it('decides nothing when two titles name it', async () => {
    const both = k8s().map((spec) =>
      spec.id === 'OOM_001' ? { ...spec, title: 'OOMKilled in CrashLoopBackOff' } : spec,
    );
    const { results, confident } = await nearMissesWith(...both).search(table.join('\n'), 5);
    expect([confident, results.some((r) => r.confident)]).toEqual([false, false]);
  });
});

describe('error strings that end with a colon', () => {
  const OPENERS: EntrySpec[] = [
    {
      id: 'BUILD_DISK_001',
      title: 'BuildKit runs out of disk',
      symptoms: [
        'Builds fail with a line starting `ERROR: failed to solve:`',
        'It ends in `failed to copy files: ... no space left on device`',
      ],
    },
    {
      id: 'GIT_SAFE_001',
      title: 'Git refuses a repository owned by someone else',
      symptoms: ['git prints `To add an exception for this directory, call:` and a command'],
    },
  ];

  it('are not sure of an entry whose string only opens the line: another error follows the colon', async () => {
    const engine = nearMissesWith(...OPENERS);
    const other = await engine.search(
      'ERROR: failed to solve: dockerfile parse error on line 5: unknown instruction: RUNN',
      5,
    );
    expect([other.results[0]?.id, other.confident]).toEqual(['BUILD_DISK_001', false]);
    const own = await engine.search(
      'ERROR: failed to solve: failed to copy files: write /var/lib/docker/tmp/x: no space left on device',
      5,
    );
    expect([own.results[0]?.id, own.confident]).toEqual(['BUILD_DISK_001', true]);
  });

  it("include one ending with Ansible's `=>`: the result after it holds the error", async () => {
    const unreachable: EntrySpec = {
      id: 'ANSIBLE_AUTH_001',
      title: 'Ansible cannot log in over ssh',
      symptoms: ['Task output shows `fatal: [web01]: UNREACHABLE! =>`', 'and `Permission denied (publickey).`'],
    };
    const { results, confident } = await nearMissesWith(unreachable).search(
      'fatal: [db02]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host 10.0.0.5 port 22: Connection timed out", "unreachable": true}',
      5,
    );
    expect([results[0]?.id, confident]).toEqual(['ANSIBLE_AUTH_001', false]);
  });

  it('are confident on a line that ends where the string does (what follows is on the next lines)', async () => {
    const { results, confident } = await nearMissesWith(...OPENERS).search(
      'fatal: detected something\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /srv/app',
      5,
    );
    expect([results[0]?.id, confident, results[0]?.lines]).toEqual(['GIT_SAFE_001', true, [2]]);
  });
});

describe("values in an error string's wildcard slots", () => {
  it('lists the line tokens that stand where the string has `...`, at its start, middle and end', () => {
    const slots = (text: string) => {
      const raw = signatureTokens(text);
      const tokens = raw.filter((t) => t !== '*');
      const open: boolean[] = [];
      let pending = false;
      for (const t of raw) {
        if (t === '*') pending = true;
        else {
          open.push(pending);
          pending = false;
        }
      }
      open.push(pending);
      return { tokens, open };
    };
    const value = (text: string, line: string) => {
      const { tokens, open } = slots(text);
      return [
        ...slotValues(
          tokens,
          tokens.map(() => 1),
          open,
          tokenize(line),
        ),
      ];
    };
    expect(value('error: could not apply ...', 'error: could not apply 4e1b2c7... Add retry to client')).toEqual([
      'add',
      'retry',
      'client',
    ]);
    expect(value('Error: secret "..." not found', 'Error: secret "db-credentials" not found')).toEqual([
      'db',
      'credential',
    ]);
    expect(value('... invoked oom-killer: gfp_mask=...', 'kernel: java invoked oom-killer: gfp_mask=0x100cca')).toEqual(
      ['kernel', 'java'],
    );
    expect(value('exec format error', 'exec format error')).toEqual([]);
    // A slot after words the line lacks does not reach back over the line's own words.
    expect(
      value(
        'sudo: unable to resolve host ...: Temporary failure in name resolution',
        'ping: github.com: Temporary failure in name resolution',
      ),
    ).toEqual([]);
    expect(
      value(
        'sudo: unable to resolve host ...: Temporary failure in name resolution',
        'sudo: unable to resolve host pi-kitchen: Temporary failure in name resolution',
      ),
    ).toEqual(['pi', 'kitchen']);
  });

  it('is not sure of an entry whose error string shares only the tail after its `...` with the line', async () => {
    const engine = nearMissesWith({
      id: 'SUDO_HOST_001',
      title: 'sudo cannot resolve its own host name',
      symptoms: ['sudo prints `sudo: unable to resolve host ...: Temporary failure in name resolution`'],
    });
    const other = await engine.search('ping: github.com: Temporary failure in name resolution', 5);
    expect(other.results[0]?.id).toBe('SUDO_HOST_001');
    expect(other.confident).toBe(false);
    const own = await engine.search('sudo: unable to resolve host pi-kitchen: Temporary failure in name resolution', 5);
    expect(own.confident).toBe(true);
  });

  it("is confident when the only other words of the line fill the entry's `...` (a secret name, a commit subject)", async () => {
    const secret = await nearMissesWith(...SECRET_AND_TOKEN).search(
      '  Warning  Failed  8s (x3 over 40s)  kubelet  Error: secret "registry-auth-token" not found',
      5,
    );
    expect([secret.results[0].id, secret.confident]).toEqual(['SECRET_001', true]);
  });

  it('is not confident when the extra words are outside the slots (another error after the same wrapper)', async () => {
    const other = await nearMissesWith(...SECRET_AND_TOKEN).search(
      'Error: secret "db" not found: unauthorized: registry auth token expired',
      5,
    );
    expect(other.results[0]?.id === 'SECRET_001' && other.confident).toBe(false);
  });
});

describe("an author's quoted example value and the reader's own quoted in its place", () => {
  const GRADLE_PLUGIN: EntrySpec = {
    id: 'GRADLE_PLUGIN_001',
    title: 'Gradle cannot find a plugin',
    symptoms: [
      "Build fails with `Plugin [id: 'org.springframework.boot', version: '3.3.0'] was not found in any of the following sources:`",
    ],
  };

  it("is the reader's value, though it shares no word with the author's", async () => {
    const found = await nearMissesWith(GRADLE_PLUGIN).search(
      "Plugin [id: 'com.google.devtools.ksp'] was not found in any of the following sources:",
      5,
    );
    expect([found.results[0]?.id, found.confident]).toEqual(['GRADLE_PLUGIN_001', true]);
  });

  it('takes only the quoted words: the same words with another unquoted are not the same message', async () => {
    const other = await nearMissesWith(GRADLE_PLUGIN).search(
      "Plugin [id: 'com.google.devtools.ksp'] from catalog alias was not found in any of the following sources:",
      5,
    );
    expect(other.results[0]?.id === 'GRADLE_PLUGIN_001' && other.confident).toBe(false);
  });

  it("is not another program's value before a system error's text (another team's KB f3)", async () => {
    // f3's Ansible entry quotes `/usr/bin/python: No such file or directory`; nginx's socket is another file.
    const engine = engineFor(await loadForeignKb('f3'));
    const nginx = await engine.search(
      '2026/12/06 10:22:31 [crit] 1120#1120: *57 connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.9, server: shop.example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.1-fpm.sock:", host: "shop.example.com"',
      5,
    );
    expect(nginx.confident).toBe(false);
  });
});

describe("words no entry has in the line's last element", () => {
  // Without `sudo:` the string is not there in full, so the line's own last element must agree with the string's.
  const head = 'unable to resolve host db-02: Name or service not known';

  it("are another error's words when written as prose after the string's own last element", async () => {
    const other = await nearMissesWith().search(
      `${head}; giving up after repeated nameserver timeouts, upstream resolvers unreachable`,
      5,
    );
    expect(other.results[0]?.id).toBe('SUDO_001');
    expect(other.confident).toBe(false);
  });

  it('are values when quoted, part of a path or a label before a value: the match stays confident', async () => {
    for (const paste of [head, `${head} 'quokka-wombat'`, `${head} /srv/quokka/wombat`, `${head}, wombat: 'quokka'`]) {
      const own = await nearMissesWith().search(paste, 5);
      expect([paste, own.results[0]?.id, own.confident]).toEqual([paste, 'SUDO_001', true]);
    }
  });
});

describe('a `...` the author wrote inside quotes', () => {
  it('is told from a bare one', () => {
    expect(everySlotQuoted("'...' is not in this registry.")).toBe(true);
    expect(everySlotQuoted('Error: Cannot find module "__PACKAGE__"')).toBe(true);
    expect(everySlotQuoted("Module not found: Error: Can't resolve '...' in '...'")).toBe(true);
    expect(everySlotQuoted('error: could not apply ...')).toBe(false);
    expect(everySlotQuoted("Error: secret '...' not found in ...")).toBe(false);
    expect(everySlotQuoted('exec format error')).toBe(false);
  });

  const registry = () =>
    nearMissesWith(
      {
        id: 'NPM404_001',
        title: 'npm package not in the registry',
        symptoms: ["npm prints `'...' is not in this registry.`"],
      },
      {
        id: 'PULL_001',
        title: 'Image pull denied',
        symptoms: ["`pull access denied for ..., repository does not exist or may require 'docker login'`"],
      },
    );

  it('is filled by what the line quotes, whatever the line says before it', async () => {
    for (const paste of [
      "npm ERR! 404  'left-pad-extra@1.0.0' is not in this registry.",
      "npm error 404 Not Found - GET https://registry.npmjs.org/@acme%2fui - Not found. '@acme/ui@^2.1.0' is not in this registry.",
    ]) {
      const own = await registry().search(paste, 5);
      expect([paste, own.results[0]?.id, own.confident]).toEqual([paste, 'NPM404_001', true]);
    }
  });

  it("is not filled by another message's words outside the quotes (ECR's missing repository)", async () => {
    const other = await registry().search(
      "name unknown: The repository with name 'billing-api' does not exist in the registry with id '123456789012'",
      5,
    );
    expect(other.results[0]?.id === 'NPM404_001' && other.confident).toBe(false);
  });
});

describe('an apostrophe inside a word', () => {
  it("opens no quote: `Can't resolve '@scope/pkg'` quotes the package alone", async () => {
    const engine = nearMissesWith(
      {
        id: 'WEBPACK_001',
        title: 'webpack cannot resolve a package',
        symptoms: ["webpack prints `Module not found: Error: Can't resolve '...' in '...'`"],
      },
      {
        id: 'PEER_001',
        title: 'npm peer dependency conflict',
        symptoms: ['`Could not resolve dependency: peer react@"^17.0.0" from react-query@3.39.3`'],
      },
    );
    const own = await engine.search("Module not found: Can't resolve '@tanstack/react-query'", 5);
    expect([own.results[0]?.id, own.confident]).toEqual(['WEBPACK_001', true]);
  });

  it("opens no quote in an entry's string either: its example value is the reader's value", async () => {
    const webpack = makeEntry({
      id: 'WEBPACK_POLYFILL_001',
      title: 'webpack 5 no longer polyfills Node core modules',
      symptoms: ["Build prints `Module not found: Error: Can't resolve 'crypto' in '/app/node_modules/some-lib/lib'`"],
    });
    const { results } = await engineFor([webpack]).search(
      "Module not found: Error: Can't resolve 'os' in '/srv/web/node_modules/dotenv/lib'",
      1,
    );
    expect(results[0]).toMatchObject({ id: 'WEBPACK_POLYFILL_001', confident: true });
  });
});
