import { describe, expect, it } from 'vitest';
import { queryTerms, weighLines } from '../../lib/search/signals';

const weightOf = (paste: string, token: string) =>
  Math.max(
    ...weighLines(paste)
      .filter((l) => l.tokens.includes(token))
      .map((l) => l.weight),
  );

describe('weighLines', () => {
  it('gives a single plain line full weight', () => {
    expect(weighLines('pods stuck pending')).toEqual([
      { tokens: ['pod', 'stuck', 'pending'], weight: 1, line: 0, text: 'pods stuck pending', tail: [] },
    ]);
  });

  it('weighs the error line of a Node stack above its frames', () => {
    const paste = [
      'node:internal/modules/cjs/loader:1228',
      '  throw err;',
      "Error: Cannot find module 'express'",
      '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
      '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
    ].join('\n');
    expect(weightOf(paste, 'express')).toBe(1);
    expect(weightOf(paste, 'resolvefilename')).toBeLessThan(0.1);
    expect(weightOf(paste, 'throw')).toBeLessThan(0.5);
  });

  it('weighs the last line of a Python traceback, not the frames or their source lines', () => {
    const paste = [
      'Traceback (most recent call last):',
      '  File "/srv/app/main.py", line 3, in <module>',
      '    import requests',
      "ModuleNotFoundError: No module named 'requests'",
    ].join('\n');
    expect(weightOf(paste, 'modulenotfounderror')).toBe(1);
    expect(weightOf(paste, 'import')).toBeLessThan(0.1);
  });

  it('weighs the fields Node prints under a system error like frames: they repeat its message', () => {
    const paste = [
      'Error: listen EACCES: permission denied 0.0.0.0:443',
      '    at Server.setupListenHandle [as _listen2] (node:net:1881:21) {',
      "  code: 'EACCES',",
      '  errno: -13,',
      "  syscall: 'listen',",
      "  address: '0.0.0.0',",
      '  port: 443',
      '}',
    ].join('\n');
    const lines = weighLines(paste);
    expect(lines[0].weight).toBe(1);
    expect(lines.slice(2, 7).map((l) => l.weight)).toEqual([0.05, 0.05, 0.05, 0.05, 0.05]);
    // npm's own line is no such field.
    expect(weightOf('npm ERR! code EACCES', 'eacce')).toBe(1);
  });

  it("knows a frame behind a log's prefix (docker compose, journald)", () => {
    const compose = [
      'api-1  | Error: listen EACCES: permission denied :::443',
      'api-1  |     at Server.setupListenHandle [as _listen2] (node:net:1881:21)',
      "api-1  |   code: 'EACCES',",
    ].join('\n');
    expect(weighLines(compose).map((l) => l.weight)).toEqual([1, 0.05, 0.05]);
    const journald = [
      'Dec 04 12:03:42 web-2 node[2231]: Error: listen EACCES: permission denied 0.0.0.0:80',
      'Dec 04 12:03:42 web-2 node[2231]:     at Server.setupListenHandle [as _listen2] (node:net:1881:21)',
    ].join('\n');
    expect(weighLines(journald).map((l) => l.weight)).toEqual([1, 0.05]);
  });

  it('treats V8 native frames as noise', () => {
    const paste = 'FATAL ERROR: Reached heap limit\n 1: 0xb8d11b node::OOMErrorHandler(char const*) [node]';
    expect(weightOf(paste, 'oomerrorhandler')).toBeLessThan(0.1);
  });

  it('keeps error-prefixed lines above ordinary ones', () => {
    const paste = 'npm ERR! code EACCES\nnpm ERR! syscall mkdir\nadded 12 packages';
    expect(weightOf(paste, 'eacce')).toBe(1);
    expect(weightOf(paste, 'syscall')).toBeGreaterThan(weightOf(paste, 'added'));
  });
  it('weighs a warning between an error line and an ordinary one', () => {
    const lines = weighLines(
      'added 12 packages\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nError: boom',
    );
    expect(lines.map((l) => l.weight)).toEqual([0.3, 0.6, 1]);
  });

  it("reads a level at or above error behind a log's prefixes as an error prefix, wherever the prefixes end", () => {
    const weights = (line: string) => weighLines(`Error: boom\nadded 12 packages\n${line}`).map((l) => l.weight);
    for (const line of [
      'Dec 05 02:14:09 db3 patroni[18342]: 2026-12-05 02:14:09,781 CRITICAL: system ID mismatch',
      '2026-12-05 02:14:09,781 ERROR: connection pool drained',
      "Jul 02 03:17:41 lb-2 haproxy[771]: [ALERT] (771) : backend 'web' lost its last server",
      '2026/12/05 10:00:00 [emerg] 1234#1234: unknown directive "foo"',
      'Dec 05 10:00:00 node-1 kubelet[812]: E1205 10:00:00.000000     812 pod_workers.go:1298] sync pod',
      // apt's and dpkg's error lines open with `E:` (`W:` a warning, `N:` a notice)
      "E: Unmet dependencies. Try 'apt --fix-broken install' with no packages (or specify a solution).",
      // behind the program's own name
      'Nov 14 08:03:51 mqtt-gw nginx[51877]: nginx: [emerg] unknown directive "stream" in /etc/nginx/nginx.conf:61',
      'nginx: [alert] 1#1: worker process 42 exited on signal 9',
    ]) {
      expect(weights(line), line).toEqual([1, 0.3, 0.6]);
    }
    // Lower case and bare, `error` is yarn's prefix and Vite's wording before the error on the next line.
    expect(weights('error when starting dev server:')).toEqual([1, 0.3, 0.3]);
    expect(weights('2026-12-05 02:14:09,781 INFO: connection pool drained')).toEqual([1, 0.3, 0.3]);
    // A word after a program's name that only begins like a level is none.
    expect(weights('nginx: Alerting is configured for the upstream pool')).toEqual([1, 0.3, 0.3]);
    expect(weights('N: See apt-secure(8) manpage for repository creation and user configuration details.')).toEqual([
      1, 0.3, 0.3,
    ]);
  });

  it('marks a command typed after a shell prompt, and not a line that goes on with the output', () => {
    const typed = (line: string) => weighLines(line)[0].typed === true;
    expect(typed('$ kubectl get events --field-selector reason=FailedScheduling')).toBe(true);
    expect(typed('PS C:\\src\\app> npm run dev')).toBe(true);
    expect(typed('dev@build-07:~/app$ docker compose up')).toBe(true);
    expect(typed('[builder@rocky9 ~]$ buildah from debian')).toBe(true);
    expect(typed('jane@MacBook-Pro web % npm install')).toBe(true);
    expect(typed('➜  ml-service git:(main) ✗ pip install torch transformers[torch]')).toBe(true);
    expect(typed('➜  ~ npm i -g pnpm@9')).toBe(true);
    expect(typed('(venv) dana@MacBook-Pro api % pip install -e .[dev,test]')).toBe(true);
    expect(typed('(base) ubuntu@gpu-01:~/train$ python train.py')).toBe(true);
    // A flattened paste: the tool's output follows the command on the same line.
    expect(typed('[jdoe@bastion ~]$ oc get pods error: You must be logged in to the server (Unauthorized)')).toBe(
      false,
    );
    // A comment, BuildKit's step, npm's echo of a script, a tool's own line.
    // curl's progress header; Laravel's marker on the failing source line.
    for (const line of [
      '# Server initialized',
      '#8 0.412 RUN npm ci',
      '> app@1.0.0 dev',
      'git pull origin main',
      '  % Total    % Received % Xferd  Average Speed   Time',
      '➜ 829▕             throw new QueryException(',
    ])
      expect(typed(line), line).toBe(false);
  });

  it('reads an expired certificate or token as an error line, above the command that printed it', () => {
    const lines = weighLines(
      '$ curl -sS https://status.example.org/api\ncurl: (60) SSL certificate problem: certificate has expired',
    );
    expect(lines.map((l) => l.weight)).toEqual([0.3, 1]);
  });
});

describe('queryTerms', () => {
  it('lists distinct tokens, heaviest first, up to the limit', () => {
    const lines = [
      { tokens: ['docker', 'run'], weight: 0.3 },
      { tokens: ['exec', 'format', 'error', 'exec'], weight: 1 },
    ];
    expect(queryTerms(lines, 3).map((t) => t.token)).toEqual(['exec', 'format', 'error']);
    expect(queryTerms(lines, 10).map((t) => t.token)).toEqual(['exec', 'format', 'error', 'docker', 'run']);
  });

  it('does not look up the tokens of stack frames next to an error line', () => {
    const lines = weighLines(
      "Error: Cannot find module 'express'\n    at Module._load (node:internal/modules/cjs/loader:1051:27)",
    );
    expect(queryTerms(lines, 48).map((t) => t.token)).toEqual(['cannot', 'find', 'module', 'express', 'error']);
  });

  it('weighs the wrapper of a chain (a: b: c) below its last element, which names the error', () => {
    const lines = weighLines('standard_init_linux.go:228: exec user process caused: exec format error');
    expect(lines[0].tail).toEqual(['exec', 'format', 'error']);
    const terms = new Map(queryTerms(lines, 48).map((t) => [t.token, t.weight]));
    expect(terms.get('format')).toBe(1);
    expect(terms.get('caused')).toBeLessThan(1);
  });

  it('keeps an errno in parentheses in the chain tail, where another aside closing a line is set aside', () => {
    const [apt] = weighLines(
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (30: Read-only file system)',
    );
    expect(apt.tail).toEqual(expect.arrayContaining(['read', 'only', 'file', 'system']));
    const [ssh] = weighLines('git@github.com: Permission denied (publickey).');
    expect(ssh.tail).toEqual(['permission', 'denied']);
  });

  it("looks up a long paste's last lines before its middle when the lines weigh the same", () => {
    // Twelve lines of ordinary output, two new words each, then a last line with no error word: in paste order the
    // twelve terms asked for end in the middle of the output.
    const output = Array.from({ length: 12 }, (_, i) => `step${'abcdefghijkl'[i]} loading waiting${i}x`);
    const last = 'Please select the geographic area in which you live';
    const terms = queryTerms(weighLines([...output, last].join('\n')), 12).map((t) => t.token);
    expect(terms).toEqual(expect.arrayContaining(['geographic', 'area', 'live']));
    expect(terms).toContain('stepa'); // the head stays too
    expect(terms).not.toContain('stepf'); // the middle goes first
  });

  it("reads `exceeded` as an error word (Go's `context deadline exceeded`, a quota, a limit)", () => {
    const weights = weighLines(
      'added 12 packages\nToo long with no output (exceeded 10m0s): context deadline exceeded',
    );
    expect(weights.map((l) => l.weight)).toEqual([0.3, 1]);
  });

  it("reads a translated tool's error words as error words, whole words only", () => {
    const paste = [
      'To https://git.example.de/team/portal.git',
      ' ! [zurückgewiesen]        main -> main (kein Vorspulen)',
      '致命错误：拒绝合并无关的历史',
      'sudo: no se puede resolver el anfitrión build-box: Nombre o servicio desconocido',
      'Die Fehlerbehebung ist abgeschlossen', // a word that only begins like `fehler` is not it
    ].join('\n');
    expect(weighLines(paste).map((l) => l.weight)).toEqual([0.3, 1, 1, 1, 0.3]);
  });

  it('reads a negated state as an error word (`not allowed`, `does not exist`, `isn’t declared`)', () => {
    const paste = [
      '$ go build ./...',
      'package github.com/acme/shop/cmd/api',
      '\timports github.com/acme/shop/internal/order: import cycle not allowed',
      'QueueDoesNotExist: The specified queue does not exist.',
      "chart-kit tried to access d3-scale, but it isn't declared in its dependencies",
      'Nothing to do: the cache is present.', // `present` without a negation says nothing is wrong
    ].join('\n');
    expect(weighLines(paste).map((l) => l.weight)).toEqual([0.3, 0.3, 1, 1, 1, 0.3]);
  });

  it('reads a negated verb as an error word (`does not contain`, `did not find`, `has no attribute`)', () => {
    const paste = [
      'go: module github.com/acme/queue@upgrade found (v1.9.0), but does not contain package github.com/acme/queue/batch',
      'Host.Startup: Did not find functions with language [python].',
      "expected file app/types/url_type.rb to define constant Types::UrlType, but didn't",
      "AnsibleUndefinedVariable: 'dict object' has no attribute 'server_name'",
      "E: Package 'libgl1-mesa-glx' has no installation candidate",
      "There isn't anything to compare.", // a negated `is` is left out: advice and summaries say it (`isn't in Homebrew`)
      'Checking dependencies: nothing has changed', // `has` without `no` says nothing is wrong
    ].join('\n');
    expect(weighLines(paste).map((l) => l.weight)).toEqual([1, 1, 1, 1, 1, 0.3, 0.3]);
  });

  it('numbers lines from 0 as they are in the paste, blank lines included', () => {
    expect(weighLines('first\n\nthird error').map((l) => l.line)).toEqual([0, 2]);
  });
});
