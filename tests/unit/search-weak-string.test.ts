import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Kb, loadKb } from '../../lib/content/kb';
import type { EntryModel } from '../../lib/content/model';
import { boilerplateSuffixStart, isBoilerplate } from '../../lib/search/boilerplate';
import { openValues } from '../../lib/search/example-values';
import { signatureTokens } from '../../lib/search/normalize';
import { isSystemMessage } from '../../lib/search/system-messages';
import { checkWeakErrorStrings, isCommand, loneOrdinaryWord } from '../../lib/search/weak-string-check';
import { loadHoldoutKb } from '../../scripts/bench/search-holdout-data';
import { engineFor, makeEntry } from './search-helpers';

/** The starter KB, read once for the whole file. */
let starterKb: Promise<Kb> | undefined;
const starter = () => (starterKb ??= loadKb(path.resolve(import.meta.dirname, '../../content')));

/** No diagnostic of `code` in the starter KB. */
const starterFinds = async (code: string) =>
  (await starter()).diagnostics.filter((d) => d.code === code).map((d) => d.message);

/**
 * What every kind of string that never decides alone shares: `kb validate` warns at its symptom line with a hint
 * holding `hint`, search still ranks the entry for `paste` but not as a confident match, and the starter KB has none.
 */
function decidesNothingAlone(code: string, entry: () => EntryModel, paste: string, hint: string, why = ''): void {
  it('warns at the symptom line and says what search does with it', () => {
    const made = entry();
    const [d, ...more] = checkWeakErrorStrings(made);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code, line: made.symptoms[0].line });
    expect(d.hint).toContain(hint);
  });

  it(`ranks such a string but never takes it alone as a confident match${why}`, async () => {
    expect(await engineFor([entry()]).search(paste, 5)).toMatchObject({
      confident: false,
      results: [{ id: entry().id }],
    });
  });

  it('finds nothing in the starter KB', async () => {
    expect(await starterFinds(code)).toEqual([]);
  });
}

describe('error strings one ordinary word carries alone', () => {
  it.each([
    ['While resolving: ...', 'resolving'],
    ['Killed', 'Killed'],
    ['npm ERR! While resolving: ...', 'resolving'], // the log prefix is noise to search
    ['Zugriff verweigert', null], // two words
    ['Speicherzugriffsfehler', 'Speicherzugriffsfehler'], // one ordinary word, in German
  ])('%j → %j', (text, word) => {
    expect(loneOrdinaryWord(text)).toBe(word);
  });

  it.each([
    'OOMKilled',
    'ERESOLVE',
    'CrashLoopBackOff',
    'x509',
    'exec format error',
    'Permission denied',
    '... timed out ...',
    '__IMAGE_NAME__ not found',
    '...',
  ])('leaves %j alone: an identifier, or two words or more', (text) => {
    expect(loneOrdinaryWord(text)).toBeNull();
  });

  it('warns at the symptom line, naming the word', () => {
    const entry = makeEntry({
      id: 'NPM_PEER_001',
      title: 'npm peer conflict',
      symptoms: ['npm prints `ERESOLVE unable to resolve dependency tree`', 'then `While resolving: ...`'],
    });
    const [d, ...more] = checkWeakErrorStrings(entry);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'error-string-weak', line: entry.symptoms[1].line });
    expect(d.message).toContain('`resolving`');
  });

  it('ranks such a string but never takes it alone as a confident match: another team writes them', async () => {
    const weak = makeEntry({
      id: 'NPM_PEER_001',
      title: 'npm peer conflict',
      symptoms: ['npm prints `ERESOLVE unable to resolve dependency tree`', 'then `While resolving: ...`'],
    });
    const other = makeEntry({
      id: 'DOCKER_PULL_001',
      title: 'pull access denied',
      symptoms: ['`pull access denied for ..., repository does not exist`'],
    });
    const apt =
      "Err:1 http://archive.ubuntu.com/ubuntu noble InRelease\n  Temporary failure resolving 'archive.ubuntu.com'";
    expect(await engineFor([weak, other]).search(apt, 5)).toMatchObject({
      confident: false,
      results: [{ id: 'NPM_PEER_001' }],
    });
    // A config key quoted as a symptom (another team's Kustomize entry: `namespace`) on a warning that names it.
    const kustomize = makeEntry({
      id: 'KUSTOMIZE_PATCH_001',
      title: 'Kustomize patch finds no target',
      symptoms: ['`no matches for Id ...; failed to find unique target for patch ...`', 'The overlay sets `namespace`'],
    });
    const buildah = 'WARN[0000] Using rootless single mapping into the namespace. This might break some images.';
    expect((await engineFor([kustomize, other]).search(buildah, 5)).confident).toBe(false);
    // The entry's error itself still is one.
    expect(
      await engineFor([kustomize, other]).search(
        'error: no matches for Id Deployment.v1.apps/web.[noNs]; failed to find unique target for patch Deployment.v1.apps/web.[noNs]',
        5,
      ),
    ).toMatchObject({ confident: true, results: [{ id: 'KUSTOMIZE_PATCH_001' }] });
  });

  it('finds nothing in the starter KB', async () => {
    expect(await starterFinds('error-string-weak')).toEqual([]);
  });
});

describe('error strings that are only a system error text', () => {
  it.each([
    ['no space left on device', true],
    ['... : No space left on device', true], // `...` and stopwords set aside
    ['Permission denied', true],
    ['Connection refused', true],
    ['Permission denied (publickey).', false], // ssh's own wording
    ['exec /usr/bin/... : exec format error', false],
    ['failed to register layer: ... no space left on device', false],
    ['OSError: [Errno 24] Too many open files', false],
    ['401 Unauthorized', true], // an HTTP status: any client prints it
    ['Not Found', true],
    ['Service Unavailable', true],
    ['Failed to pull image "...": ... 401 Unauthorized', false], // the tool's own line around it
    ['Temporary failure in name resolution', true], // the resolver's, as any program prints it
    ['sudo: unable to resolve host ...: Name or service not known', false],
  ])('%j → %j', (text, system) => {
    expect(isSystemMessage(text)).toBe(system);
  });

  const bare = () =>
    makeEntry({
      id: 'DOCKER_DISK_001',
      title: 'Docker out of disk',
      symptoms: ['docker build ends with `no space left on device`'],
    });
  const cp = "cp: error writing '/mnt/backup/db.tar': No space left on device";

  decidesNothingAlone('error-string-system', bare, cp, 'Error response from daemon');

  it('in the starter KB, the daemon’s own line is a confident match and cp’s is not', async () => {
    const engine = engineFor((await starter()).entries);
    const daemon =
      'docker: Error response from daemon: mkdir /var/lib/docker/overlay2/0a1b-init: no space left on device.';
    expect(await engine.search(daemon, 5)).toMatchObject({
      confident: true,
      results: [{ id: 'DOCKER_NO_SPACE_001' }],
    });
    expect((await engine.search(cp, 5)).confident).toBe(false);
  });

  it('in the starter KB, an npm 401 is not the image-pull entry; the kubelet event still is', async () => {
    const engine = engineFor((await starter()).entries);
    const npm = [
      '$ npm ci',
      'npm error code E401',
      'npm error 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui-kit - authentication token not provided',
    ].join('\n');
    expect((await engine.search(npm, 5)).confident).toBe(false);
    const kubelet =
      'Warning  Failed  12s  kubelet  Failed to pull image "ghcr.io/acme/api:1.4.2": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized';
    const found = await engine.search(kubelet, 5);
    expect([found.confident, found.results[0]?.id]).toEqual([true, 'K8S_IMAGE_PULL_BACKOFF_001']);
  });
});

describe("error strings that are only a tool's boilerplate", () => {
  it.each([
    ['Please make sure you have the correct access rights and the repository exists.', true],
    ['Please make sure you have the correct access rights', true], // most of the line is enough
    ['remote: Please make sure you have the correct access rights', true], // a log prefix is no word of its own
    ['fatal: Could not read from remote repository.', true],
    ['Host key verification failed.', true],
    ["error: failed to push some refs to 'github.com:acme/app.git'", false], // a value of many words: as npm's log line
    ['error: failed to push some refs to', true],
    ['! [rejected]        main -> main (non-fast-forward)', false],
    ['Host key for db03.example has changed and you have requested strict checking.', false],
    ['See "systemctl status docker.service" and "journalctl -xeu docker.service" for details.', true], // values in slots
    ['npm ERR! A complete log of this run can be found in:', true],
    // A value longer than a word at the end could be an error of its own: not flagged (a miss on the safe side).
    ['npm ERR! A complete log of this run can be found in: /root/.npm/_logs/x-debug-0.log', false],
    ['error Command failed with exit code 137 OOMKilled', false],
    ['Traceback (most recent call last):', true],
    ['error: subprocess-exited-with-error', true], // the line's own prefix word is set aside on both sides
    ['git@github.com: Permission denied (publickey).', false],
    ['Exit Code: 137', false], // two words of a wrapper's line are not the line
    ['npm ERR! code EACCES', false],
    ['error Command failed with exit code 1. ENOSPC: no space left on device', false], // more than the line
    ['docker run', false],
    ['Job for docker.service failed because the control process exited with error code.', false],
    // Docker's network-driver wrapper: a taken port, a missing iptables chain and a firewalld reload all follow it
    ['Error response from daemon: driver failed programming external connectivity on endpoint', true],
    [
      'Error response from daemon: driver failed programming external connectivity on endpoint web (7b1f3c5e9a2d):',
      true,
    ],
    [
      'driver failed programming external connectivity on endpoint web (7b1f3c): Bind for 0.0.0.0:8080 failed: port is already allocated',
      false,
    ],
    ['Error making API request.', true], // Vault's CLI, before any failed call
    // Kubernetes' scheduler closes every FailedScheduling reason with the same preemption clause
    ['preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', true],
    ['preemption: 0/12 nodes are available: 12 Preemption is not helpful for scheduling.', true],
    [
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      false,
    ],
    // Tools' headers and closing lines over any failure, which other teams quoted as their entry's error (f10-f14)
    ['APPLICATION FAILED TO START', true],
    ['FAILURE: Build failed with an exception.', true],
    ['ERROR Exiting Kafka due to fatal exception during startup. (kafka.Kafka$)', true],
    ['Exiting Kafka due to fatal exception during startup.', true],
    ['Command PhaseScriptExecution failed with a nonzero exit code', true],
    ['TypeError: fetch failed', true],
    ['TypeError: fetch failed: getaddrinfo ENOTFOUND api.internal', false],
    // Closing lines and headers after any failure of their step, which other teams quoted as their entry's error (f10-f18)
    ['ERROR: Job failed: exit code 1', true], // GitLab Runner, after any failed job
    ['ERROR: Job failed: exit code 137 OOMKilled', false],
    // a process's generic failure status alone, as BuildKit's and pip's failed steps end (another team's apk entry
    // quoted it, f36); a status with a meaning of its own is not it (`Exit Code: 137` above)
    ['exit code: 1', true],
    ['  │ exit code: 1', true],
    ['exit code: 1 ENOSPC: no space left on device', false],
    ['exit code: 127', false],
    ['nginx: configuration file /etc/nginx/nginx.conf test failed', true], // nginx -t, after any bad directive
    ["N: Updating from such a repository can't be done securely, and is therefore disabled by default.", true], // apt
    ["E: The repository 'http://archive.ubuntu.com/ubuntu focal Release' does not have a Release file.", false],
    ['Error during migration run:', true], // TypeORM's CLI, before any migration's error
    ['ERROR: Error during SonarScanner execution', true],
    ['crit: Microsoft.AspNetCore.Server.Kestrel[0]', true], // ASP.NET Core's log category, over any failed start
    ['Unable to start Kestrel.', true],
    ['Unable to start Kestrel. System.IO.IOException: Failed to bind to address http://127.0.0.1:5000', false],
    ['Msg 9002, Level 17, State 2, Line 1', true], // SQL Server's header over every message
    ["Msg 208, Level 16, State 1, Line 1 Invalid object name 'dbo.Orders'.", false],
    // GitHub Actions' toolkit after any failed process, terraform init's header over any unresolved provider (f21)
    ["Error: The process '/usr/bin/git' failed with exit code 128", true],
    ["Error: The process '/usr/bin/git' failed with exit code 128 fatal: repository not found", false],
    ['Error: Failed to query available provider packages', true],
    ['Error: Failed to query available provider packages: could not connect to registry.terraform.io', false],
    // Gradle's line over any failed task, whichever task (f11, f18, f21, f22 quoted it); the index reads the task's
    // path as a value (example-values.ts `openValues`)
    [openValues("Execution failed for task ':app:checkDebugAarMetadata'."), true],
    [openValues("Execution failed for task ':...:processDebugResources'."), true],
    ["Execution failed for task '...'.", true],
    ["Execution failed for task ':app:mergeDexDebug'. > com.android.builder.dexing.DexArchiveMergerException", false],
    // apt's closing lines after any failed package, GitHub Actions' after any cancelled step (f23)
    ['E: Sub-process /usr/bin/dpkg returned an error code (1)', true],
    ['Errors were encountered while processing:', true],
    ["dpkg: error processing archive /tmp/x.deb (--unpack): trying to overwrite '/usr/bin/x'", false],
    ['Error: The operation was canceled.', true],
    // npm after any refused file operation: a root-owned global folder (EACCES) and a file Windows holds open (EPERM)
    ['npm ERR! The operation was rejected by your operating system.', true],
    ["npm error It's possible that the file was already in use (by a text editor or antivirus),", true],
    ['npm ERR! or that you lack permissions to access it.', true],
    ['npm ERR! Error: EPERM: operation not permitted, rename', false],
    // systemd after any failed unit, a value before the line's first word (a line may open with its `...`)
    ["logrotate.service: Failed with result 'exit-code'.", true],
    ["Dec 06 00:00:01 web-1 systemd[1]: orders-api.service: Failed with result 'exit-code'.", true],
    ['Active: failed (Result: exit-code) since Fri 2026-12-05 10:21:44 UTC; 3s ago', true],
    ['Main process exited, code=exited, status=203/EXEC', false],
    // other tools' lines around any failure, which other teams quoted as their entry's error (f3-f25)
    ['× Getting requirements to build wheel did not run successfully.', true],
    ['error: metadata-generation-failed', true],
    ["error: command '/usr/bin/gcc' failed with exit code 1", true],
    ['Android resource linking failed', true],
    ['Uploading artifacts for successful job', true],
    ['Uploading artifacts...', true],
    ['ERROR: Uploading artifacts as "archive" to coordinator... 413 Request Entity Too Large', false],
    ['gyp ERR! not ok', true],
    ["ERROR: Analysis of target '//services/api:api' failed; build aborted", true],
    ["ERROR: Analysis of target '//services/api:api' failed; build aborted: no such package '@maven//'", false],
    [
      "[ warn] [engine] failed to flush chunk '1-1712345678.123456789.flb', retry in 10 seconds: task_id=3, input=tail.0 > output=es.0",
      true,
    ],
    ["A problem occurred configuring root project 'MyApp'.", true],
    ['!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!', true],
    ['no listening sockets available, shutting down', true],
    ["Action 'configtest' failed.", true],
    ["error: Failed to start domain 'win11'", true],
    ['ERROR: Minions returned with non-zero exit code', true],
    ['Exporting failed. Will retry the request after interval.', true],
    ['Runtime Error', true],
    // thirty-sixth session (f4, f28, f29, f38, f40): each tool's line around any failure, and a line that names one
    [openValues('Module build failed (from ./node_modules/sass-loader/dist/cjs.js):'), true],
    ['Module build failed (from ./node_modules/sass-loader/dist/cjs.js): Error: Node Sass does not yet support', false],
    ['Finished: FAILURE', true],
    ['remote:  !     Push failed', true],
    ['remote:  !     Push rejected, failed to compile Python app.', true],
    ['remote:  !     Push rejected to orbit-jobs.', false],
    ['ERROR: Elasticsearch did not exit normally - check the logs at ...', true],
    ['Fetching changes with git depth set to 20...', true],
    ['Unable to obtain ACME certificate for domains', true],
    ['! [remote rejected]', true],
    ['! [remote rejected] main -> main (protected branch hook declined)', false],
    ['Unable to obtain ACME certificate for domains error="acme: error: 429 :: too many certificates"', false],
    // the starter's systemd distractor quotes systemctl's line: it names a unit that failed to start, its error
    ['Job for nginx.service failed because the control process exited with error code.', false],
    // Maven's goal line, the plugin's coordinate read as a value (f15's Surefire entry quoted it)
    [
      openValues(
        'Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:...:test (default-test) on project ...',
      ),
      true,
    ],
    [
      openValues(
        '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project api: Compilation failure',
      ),
      false,
    ],
  ])('%j → %j', (text, boilerplate) => {
    expect(isBoilerplate(text)).toBe(boilerplate);
  });

  const git = () =>
    makeEntry({
      id: 'GIT_KEY_001',
      title: 'git publickey',
      symptoms: ['git prints `Please make sure you have the correct access rights and the repository exists.`'],
    });
  const dns = [
    '$ git clone git@gitlab.internal.example:platform/charts.git',
    "Cloning into 'charts'...",
    'ssh: Could not resolve hostname gitlab.internal.example: Name or service not known',
    'fatal: Could not read from remote repository.',
    '',
    'Please make sure you have the correct access rights',
    'and the repository exists.',
  ].join('\n');

  decidesNothingAlone(
    'error-string-boilerplate',
    git,
    dns,
    'Permission denied (publickey).',
    ' (a DNS failure is not a key problem)',
  );

  it("adds to its entry's score as text only, not as a matched error string", async () => {
    const entry = (quoted: boolean) =>
      makeEntry({
        id: 'GIT_PUSH_001',
        title: 'git push refused',
        symptoms: [
          `git ends with ${quoted ? '`error: failed to push some refs to`' : 'error: failed to push some refs to'}`,
          'git prints `! [rejected] ... (non-fast-forward)`',
        ],
      });
    const other = makeEntry({ id: 'OTHER_001', title: 'other', symptoms: ['prints `fatal: something else entirely`'] });
    const paste = "error: failed to push some refs to 'github.com:acme/app.git'";
    const [quoted] = (await engineFor([entry(true), other]).search(paste, 1)).results;
    const [prose] = (await engineFor([entry(false), other]).search(paste, 1)).results;
    // Quoted text weighs more as text (5.85 against 4.66 when written); a matched string would add far more (8.27).
    expect(quoted.score / prose.score).toBeLessThan(1.5);
  });

  describe("ssh's closing line after a host-key check", () => {
    const changed = () =>
      makeEntry({
        id: 'SSH_HOST_KEY_CHANGED_001',
        title: 'ssh host key changed',
        symptoms: ['ssh ends with `Host key verification failed.`'],
      });
    const unknownKey = [
      "Cloning into 'infra'...",
      'No ED25519 host key is known for git.corp.example and you have requested strict checking.',
      'Host key verification failed.',
      'fatal: Could not read from remote repository.',
    ].join('\n');

    decidesNothingAlone(
      'error-string-boilerplate',
      changed,
      unknownKey,
      'quote the line that names',
      ' (an unknown key is not a changed one)',
    );
  });
});

describe("the Kubernetes scheduler's preemption clause", () => {
  const cpu = () =>
    makeEntry({
      id: 'K8S_CPU_001',
      title: 'Pod Pending: Insufficient cpu',
      symptoms: [
        'Newer schedulers add `preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`',
      ],
    });
  // held-out v38's near miss: anti-affinity, not cpu, with the clause every scheduling failure ends with
  const antiAffinity =
    "  Warning  FailedScheduling  61s  default-scheduler  0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.";

  it("weighs little at the end of a whole line: the reason before it decides (the starter KB's cpu entry)", async () => {
    const engine = engineFor((await starter()).entries);
    const clause = 'preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod.';
    const line = (reason: string) =>
      `  Warning  FailedScheduling  2m  default-scheduler  0/5 nodes are available: ${reason} ${clause}`;
    for (const reason of ['5 Insufficient cpu.', '5 Insufficient memory.'])
      expect(await engine.search(line(reason), 1)).toMatchObject({
        confident: true,
        results: [{ id: 'K8S_INSUFFICIENT_CPU_001' }],
      });
    // held-out v39's near miss, read after it was run: another reason, the same clause
    expect(await engine.search(line('5 Too many pods.'), 1)).toMatchObject({
      confident: false,
      results: [{ id: 'K8S_INSUFFICIENT_CPU_001' }],
    });
    // The event as JSON, among the near-miss distractors too (held-out v40, read after it was run): `Insufficient`
    // makes its message an error line.
    const withDistractors = engineFor((await loadHoldoutKb()).entries);
    const event = JSON.stringify({
      reason: 'FailedScheduling',
      message: `0/8 nodes are available: 8 Insufficient cpu. ${clause.replaceAll('5', '8')}`,
      source: { component: 'default-scheduler' },
      type: 'Warning',
      involvedObject: { kind: 'Pod', namespace: 'batch', name: 'etl-nightly-29118420-kq2vd' },
    });
    expect(await withDistractors.search(event, 1)).toMatchObject({
      confident: true,
      results: [{ id: 'K8S_INSUFFICIENT_CPU_001' }],
    });
  });

  it.each([
    [
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      'preemption',
    ],
    ['preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', null], // nothing else
    ['0/3 nodes are available: 3 Insufficient cpu.', null],
  ])('finds where a closing clause starts in %j', (text, first) => {
    const tokens = signatureTokens(text);
    const at = boilerplateSuffixStart(tokens);
    expect(at < 0 ? null : tokens[at]).toBe(first);
  });

  it('finds it in linear time on a long string (an entry from another team)', () => {
    const tokens = signatureTokens(
      `${'word '.repeat(10_000)}preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`,
    );
    const started = performance.now();
    expect(boilerplateSuffixStart(tokens)).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(100); // 1 ms; trying every start took 441 ms
  });

  decidesNothingAlone(
    'error-string-boilerplate',
    cpu,
    antiAffinity,
    'quote the line that names',
    ' (an anti-affinity failure is not a cpu shortage)',
  );
});

describe('an entry with no error string at all', () => {
  const prose = () =>
    makeEntry({
      id: 'NODE_PORT_001',
      title: 'Node server port already in use',
      symptoms: [
        'Server start fails with Error: listen EADDRINUSE: address already in use :::3000',
        'Another process holds the port',
      ],
    });

  it('warns once, at the first symptom, and says what search does with it', () => {
    const entry = prose();
    const [d, ...more] = checkWeakErrorStrings(entry);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'error-string-none', line: entry.symptoms[0].line });
    expect(d.message).toContain("never presents it as the reader's error");
    expect(d.hint).toContain('in backticks');
  });

  it('is right: a paste of exactly its error lists the entry, but not as a confident match', async () => {
    const paste = 'Error: listen EADDRINUSE: address already in use :::3000';
    expect(await engineFor([prose()]).search(paste, 5)).toMatchObject({
      confident: false,
      results: [{ id: 'NODE_PORT_001' }],
    });
  });

  it('is not given when one symptom quotes a string, or a `match:` pattern stands in for them', () => {
    const quoted = makeEntry({
      id: 'NODE_PORT_001',
      title: 'Node server port already in use',
      symptoms: ['Server start fails with `Error: listen EADDRINUSE: address already in use ...`', 'Another process'],
    });
    expect(checkWeakErrorStrings(quoted)).toEqual([]);
    const entry = prose();
    const matched = {
      ...entry,
      meta: { ...entry.meta, match: [{ pattern: 'listen EADDRINUSE', example: 'Error: listen EADDRINUSE' }] },
    };
    expect(checkWeakErrorStrings(matched)).toEqual([]);
  });

  it('finds nothing in the starter KB', async () => {
    expect(await starterFinds('error-string-none')).toEqual([]);
  });
});

describe('error strings that are commands', () => {
  // Another team's NFS entry quotes the command beside its error: "`mount -t nfs` fails with `mount.nfs: access denied
  // by server while mounting …`". Any mount.nfs failure holds the command's words.
  const nfs = () =>
    makeEntry({
      id: 'NFS_ACCESS_DENIED_001',
      title: 'NFS access denied by server',
      symptoms: [
        '`mount -t nfs` fails with `mount.nfs: access denied by server while mounting ...`',
        '`showmount -e ...` lists the export, but not for your address',
      ],
    });
  const other = makeEntry({ id: 'OTHER_001', title: 'Other', symptoms: ['`pull access denied for ...`'] });

  it.each(['mount.nfs: Protocol not supported', 'root@web-1:~# showmount -e nas01\nExport list for nas01:'])(
    'ranks such a string but never takes it alone as a confident match: %j',
    async (paste) => {
      expect(await engineFor([nfs(), other]).search(paste, 5)).toMatchObject({
        confident: false,
        results: [{ id: 'NFS_ACCESS_DENIED_001' }],
      });
    },
  );

  it('reads a hostile string in linear time', async () => {
    const hostile = makeEntry({
      id: 'HOSTILE_001',
      title: 'Hostile',
      // Two runs of 30,000 spaces: as long as an entry may be (64 KB, lib/parse/limits.ts).
      symptoms: ['`a' + ' '.repeat(30_000) + 'b' + ' '.repeat(30_000) + '-`'],
    });
    const start = performance.now();
    await engineFor([hostile, other]).search('a b', 5);
    // And the command test alone, at lengths past the entry limit.
    isCommand('a' + ' '.repeat(100_000) + 'b' + ' '.repeat(100_000) + '-');
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it("still takes the entry's own error as one", async () => {
    expect(
      await engineFor([nfs(), other]).search(
        'mount.nfs: access denied by server while mounting 10.9.0.5:/exports/media',
        5,
      ),
    ).toMatchObject({ confident: true, results: [{ id: 'NFS_ACCESS_DENIED_001' }] });
  });
});
