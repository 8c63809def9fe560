import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { indexEntries } from '../../lib/search/build';
import {
  captureFrom,
  capturePattern,
  captureValues,
  headPattern,
  nearPatterns,
  resultUrl,
} from '../../lib/search/capture';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { engineFor, makeEntry } from './search-helpers';

/** Values from a pasted error into the entry's commands: `__NAME__` in an error string captures. */
describe('capture patterns', () => {
  it('captures a placeholder and keeps ... a plain wildcard', () => {
    const pattern = capturePattern('pull access denied for __IMAGE_NAME__, repository does not exist ... docker login');
    expect(pattern?.names).toEqual(['IMAGE_NAME']);
    expect(
      captureFrom(
        pattern!,
        "Error response from daemon: pull access denied for acme/billing, repository does not exist or may require 'docker login'",
      ),
    ).toEqual({ IMAGE_NAME: 'acme/billing' });
  });

  it('runs a quoted value to its closing quote (a path with a space)', () => {
    const pattern = capturePattern("fatal: detected dubious ownership in repository at '__REPO_PATH__'")!;
    expect(captureFrom(pattern, "fatal: detected dubious ownership in repository at '/mnt/c/My Projects/app'")).toEqual(
      { REPO_PATH: '/mnt/c/My Projects/app' },
    );
  });

  it("matches a quote mark with any of its family: GNU tools quote ‘x’ in a UTF-8 locale where the author wrote 'x'", () => {
    const ls = capturePattern("ls: cannot access '__TARGET_PATH__': No such file or directory")!;
    expect(captureFrom(ls, 'ls: cannot access ‘/srv/My Data’: No such file or directory')).toEqual({
      TARGET_PATH: '/srv/My Data',
    });
    expect(captureFrom(ls, "ls: cannot access '/srv/data': No such file or directory")).toEqual({
      TARGET_PATH: '/srv/data',
    });
    // A value outside quotes takes none of a curly quote's marks, and a typeset apostrophe matches a straight one.
    expect(captureFrom(capturePattern('cannot stat __SRC__: gone')!, 'cannot stat ‘a’: gone')).toBeNull();
    expect(captureFrom(capturePattern("it doesn't name __NAME__")!, 'it doesn’t name x1')).toEqual({ NAME: 'x1' });
    // Double quotes are another family: a single quote does not close them.
    expect(captureFrom(capturePattern('table "__TABLE__" is gone')!, "table “o'brien” is gone")).toEqual({
      TABLE: "o'brien",
    });
  });

  it('runs a value between brackets or guillemets to the closing mark, without the spaces inside them', () => {
    const gcloud = capturePattern(
      'You do not appear to have access to project [__GCP_PROJECT__] or it does not exist.',
    )!;
    expect(
      captureFrom(
        gcloud,
        'WARNING: You do not appear to have access to project [Acme Data Platform] or it does not exist.',
      ),
    ).toEqual({ GCP_PROJECT: 'Acme Data Platform' });
    const french = capturePattern('Le fichier « __LOG_FILE__ » est introuvable')!;
    expect(captureFrom(french, 'Le fichier «  C:\\temp\\a b.txt » est introuvable')).toEqual({
      LOG_FILE: 'C:\\temp\\a b.txt',
    });
    // An opening mark ends the value too: no value spans `[a [b]`.
    expect(captureFrom(gcloud, 'access to project [a [b] or it does not exist.')).toBeNull();
  });

  it('captures the part of a word a glued placeholder stands for', () => {
    const ld = capturePattern('/usr/bin/ld: cannot find -l__LIB_NAME__: No such file or directory')!;
    expect(captureFrom(ld, '/usr/bin/ld: cannot find -lssl: No such file or directory')).toEqual({ LIB_NAME: 'ssl' });
    // As a code span ``…`openssl-sys v__CRATE_VERSION__` `` gives it: with a space after the closing backtick.
    const cargo = capturePattern('error: failed to run custom build command for `openssl-sys v__CRATE_VERSION__` ')!;
    expect(captureFrom(cargo, 'error: failed to run custom build command for `openssl-sys v0.9.103`')).toEqual({
      CRATE_VERSION: '0.9.103',
    });
  });

  it("captures with a placeholder's nearest words where the reader's line words the rest of the string differently", () => {
    const cases: Array<[string, string, Record<string, string>]> = [
      [
        'E: Unable to locate package __PACKAGE__',
        'Error: Unable to locate package fastfetch',
        { PACKAGE: 'fastfetch' },
      ],
      [
        '/usr/bin/ld: cannot find -l__LIB__',
        '/usr/bin/ld.gold: error: cannot find -lboost_system',
        { LIB: 'boost_system' },
      ],
      [
        'psycopg2.errors.UndefinedTable: relation "__TABLE__" does not exist',
        'sqlalchemy.exc.ProgrammingError: (psycopg2.errors.UndefinedTable) relation "orders" does not exist',
        { TABLE: 'orders' },
      ],
      [
        "error TS7016: Could not find a declaration file for module '__MODULE__'. '/app/node_modules/__MODULE__/index.js'",
        "error TS7016: Could not find a declaration file for module 'slugify-lite'. '/home/dev/node_modules/slugify-lite/index.js'",
        { MODULE: 'slugify-lite' },
      ],
    ];
    for (const [text, line, values] of cases) expect(captureValues([text], [line])).toEqual(values);
  });

  it('places placeholders joined by a mark by the words around the pair (host:port, group:artifact)', () => {
    // The full strings fail on the reader's own paths; alone, the second of each pair has only the mark beside it.
    const nginx =
      'nginx: [emerg] host not found in upstream "__UPSTREAM_HOST__:__UPSTREAM_PORT__" in /etc/nginx/conf.d/default.conf:...';
    expect(
      captureValues([nginx], ['nginx: [emerg] host not found in upstream "api:3000" in /etc/nginx/conf.d/app.conf:14']),
    ).toEqual({ UPSTREAM_HOST: 'api', UPSTREAM_PORT: '3000' });
    const maven =
      "[ERROR] 'dependencies.dependency.version' for __GROUP_ID__:__ARTIFACT_ID__:jar is missing. @ line ..., column ...";
    expect(
      captureValues(
        [maven],
        [
          "[ERROR]     'dependencies.dependency.version' for io.micrometer:micrometer-registry-prometheus:jar is missing. @ com.acme:gateway:[unknown-version]",
        ],
      ),
    ).toEqual({ GROUP_ID: 'io.micrometer', ARTIFACT_ID: 'micrometer-registry-prometheus' });
  });

  it("asks a clause's closing punctuation after a value to end a clause in the line too", () => {
    // npm's string ends in `.`: against a line without it, `1.2` + `.3` read as the value and the string's period.
    const npm = 'npm error notarget No matching version found for __PACKAGE_NAME__@__VERSION_RANGE__.';
    const pattern = capturePattern(npm)!;
    expect(captureFrom(pattern, 'npm error notarget No matching version found for left-pad@1.2.3')).toBeNull();
    expect(captureFrom(pattern, 'npm error notarget No matching version found for left-pad@1.2.3.')).toEqual({
      PACKAGE_NAME: 'left-pad',
      VERSION_RANGE: '1.2.3',
    });
    // The words around the joined pair do not cut pnpm's version short either (another team's f26).
    const pnpm = 'ERR_PNPM_NO_MATCHING_VERSION  No matching version found for @nestjs/core@11.4.9';
    const near = nearPatterns(npm).map((p) => captureFrom(p, pnpm));
    expect(near).toContainEqual({ PACKAGE_NAME: '@nestjs/core' });
    expect(near).not.toContainEqual(expect.objectContaining({ VERSION_RANGE: '11.4' }));
  });

  it('takes no value where the words next to a placeholder are a path or a dotted name, or too few', () => {
    // Without `CONFLICT (modify/delete):` the placeholder would be any word before `deleted in`: `but`.
    const modifyDelete = 'CONFLICT (modify/delete): __FILE__ deleted in ... and modified in ...';
    const renameDelete =
      'CONFLICT (rename/delete): src/api.js renamed to src/api/index.js in HEAD, but deleted in origin/main';
    expect(nearPatterns(modifyDelete)).toEqual([]);
    expect(captureValues([modifyDelete], [renameDelete])).toEqual({});
    // A value glued to a path it is part of: the whole log path is not the app's directory.
    expect(nearPatterns('The stream or file "__APP_DIR__/storage/logs/laravel.log" could not be opened')).toEqual([]);
    // A quoted word alone would take any quoted word.
    expect(nearPatterns("'__NAME__'")).toEqual([]);
  });

  it('has no pattern without placeholders; lower-case dunders and language macros are not placeholders', () => {
    expect(capturePattern('exec format error')).toBeNull();
    expect(capturePattern('in __init__ at __LINE__')).toBeNull();
  });

  it('drops a value its variable rejects (a port out of range), keeps valid ones', () => {
    expect(
      captureValues(
        ['address already in use :::__PORT__'],
        ['Error: listen EADDRINUSE: address already in use :::99999'],
      ),
    ).toEqual({});
    expect(
      captureValues(
        ['address already in use :::__PORT__'],
        ['Error: listen EADDRINUSE: address already in use :::8080'],
      ),
    ).toEqual({ PORT: '8080' });
    expect(
      captureValues(['in namespace "__NS__"'], ['in namespace "Payments"'], { NS: { pattern: '^[a-z]+$' } }),
    ).toEqual({});
  });

  it("captures from a line that is a chained string's head alone, ending there", () => {
    const text = 'sudo: unable to resolve host __HOSTNAME__: Name or service not known';
    const head = headPattern(text)!;
    expect(captureFrom(head, 'sudo: unable to resolve host db03.')).toEqual({ HOSTNAME: 'db03' });
    expect(captureFrom(head, 'sudo: unable to resolve host web-2: No address associated with hostname')).toBeNull();
    expect(captureValues([text], ['sudo: unable to resolve host build-agent-04'])).toEqual({
      HOSTNAME: 'build-agent-04',
    });
    // The placeholder is in the last element, or the string is no chain: nothing to take from a head.
    expect(headPattern('Error: listen EADDRINUSE: address already in use :::__PORT__')).toBeNull();
    expect(headPattern('pull access denied for __IMAGE_REPO__, repository does not exist')).toBeNull();
  });

  it('does not hang on a long line that repeats the words around its wildcards', () => {
    // As one regex with `.*?` per wildcard, this took 66 s on a 2,000-character line; the bound only guards a hang.
    const text = 'a ... b ... c ... host __HOSTNAME__: d ... e';
    const words = 'a b c host '.repeat(180);
    const started = performance.now();
    expect(captureFrom(capturePattern(text)!, `${words}x y`)).toBeNull();
    expect(captureFrom(headPattern(text)!, `${words}x y`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(captureFrom(capturePattern(text)!, `${words}x: d e`)).toEqual({ HOSTNAME: 'x' });
    expect(captureFrom(headPattern(text)!, `${words}x`)).toEqual({ HOSTNAME: 'x' });
  });

  it('does not hang on a 200,000-character line that repeats the text before a value, or holds no space', () => {
    // Unbounded, `--name=([^\s'"`]+)\s+is` took 9-14 s on 30,000 `--name=` in a row, and a value opening a near
    // pattern (`([^\s'"`]+)\s+Release'`) 45 s on one word of 200,000 letters; the bound only guards a hang.
    const started = performance.now();
    expect(captureValues(['--name=__X__ is taken by something'], ['--name='.repeat(30_000)])).toEqual({});
    expect(captureValues(["The repository '... __CODENAME__ Release' does not"], ['a'.repeat(200_000)])).toEqual({});
    // A near pattern that starts at a colon (`:__ARTIFACT_ID__:jar is missing.`) tries each of 60,000: 0.4 s here.
    const maven =
      "[ERROR] 'dependencies.dependency.version' for __GROUP_ID__:__ARTIFACT_ID__:jar is missing. @ line ...";
    expect(captureValues([maven], [`dependency.version' for ${'g:a:'.repeat(60_000)}`])).toEqual({});
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('does not hang on spaces inside spaced marks, or on a line of opening brackets', () => {
    // A value free to start or end with a space took 26 s on `« ` and 4,000 spaces; one running on past an opening
    // bracket, 101 ms on 20,000 `project [a `. The bound only guards a hang.
    const started = performance.now();
    expect(
      captureValues(['Le fichier « __LOG_FILE__ » est introuvable'], [`Le fichier « ${' '.repeat(200_000)}`]),
    ).toEqual({});
    expect(captureValues(['project [__GCP_PROJECT__] or it'], ['project [a '.repeat(20_000)])).toEqual({});
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('builds the result link with the values and src=log', () => {
    expect(resultUrl('/kb/X_001', { PORT: '8080', IMAGE_NAME: 'acme/api:1.2' })).toBe(
      '/kb/X_001?IMAGE_NAME=acme%2Fapi%3A1.2&PORT=8080&src=log',
    );
    expect(resultUrl('/kb/X_001', {})).toBe('/kb/X_001');
  });
});

describe('capture end to end through the search, on real error lines', () => {
  let starter: SearchEngine;
  beforeAll(async () => {
    const kb = await loadKb(path.resolve(import.meta.dirname, '../../content'));
    starter = createSearchEngine(memoryLoader(indexEntries(kb.entries)));
  });

  const k8s = () =>
    engineFor([
      makeEntry({
        id: 'K8S_POD_NOT_FOUND_001',
        title: 'Pod not found',
        category: 'kubernetes',
        technologies: ['kubernetes'],
        symptoms: ['kubectl prints `Error from server (NotFound): pods "__POD_NAME__" not found`'],
      }),
      makeEntry({
        id: 'K8S_FORBIDDEN_NS_001',
        title: 'Forbidden in a namespace',
        category: 'kubernetes',
        technologies: ['kubernetes'],
        symptoms: ['`cannot list resource "pods" in API group "" in the namespace "__NAMESPACE__"`'],
      }),
      makeEntry({
        id: 'K8S_PULL_001',
        title: 'Image pull failed',
        category: 'kubernetes',
        technologies: ['kubernetes'],
        symptoms: ['Events show `Failed to pull image "__IMAGE_NAME__": rpc error: code = NotFound`'],
      }),
      makeEntry({
        id: 'SSH_RESOLVE_001',
        title: 'ssh cannot resolve the host',
        technologies: ['ssh'],
        symptoms: ['`ssh: Could not resolve hostname __HOST__: Name or service not known`'],
      }),
    ]);

  const starterCases: Array<[string, string, Record<string, string>]> = [
    [
      'docker: Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:6379 -> 0.0.0.0:0: listen tcp 0.0.0.0:6379: bind: address already in use.',
      'DOCKER_PORT_ALLOCATED_001',
      { PORT: '6379' },
    ],
    [
      '$ npx vite --port 5174 --strictPort\nerror when starting dev server:\nError: Port 5174 is already in use\n    at Server.onError (file:///app/node_modules/vite/dist/node/chunks/dep-C6uTJdX2.js:45596:18)',
      'NODE_EADDRINUSE_001',
      { PORT: '5174' },
    ],
    [
      'CONFLICT (modify/delete): deploy/values-prod.yaml deleted in HEAD and modified in feature/helm. Version feature/helm of deploy/values-prod.yaml left in tree.',
      'GIT_MERGE_CONFLICT_001',
      { CONFLICTED_FILE: 'deploy/values-prod.yaml' },
    ],
    [
      "fatal: unsafe repository ('/builds/acme/site' is owned by someone else)",
      'GIT_DUBIOUS_OWNERSHIP_001',
      { REPO_PATH: '/builds/acme/site' },
    ],
    [
      "docker: Error response from daemon: pull access denied for acme/billing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
      'DOCKER_PULL_ACCESS_DENIED_001',
      { IMAGE_REPO: 'acme/billing' },
    ],
    // A private registry's host fills REGISTRY (the entry's `match:` pattern); IMAGE_REPO takes no host.
    [
      "docker: Error response from daemon: pull access denied for registry.example.com:5000/team/api, repository does not exist or may require 'docker login'.",
      'DOCKER_PULL_ACCESS_DENIED_001',
      { REGISTRY: 'registry.example.com:5000', IMAGE_REPO: 'team/api' },
    ],
    // A coloured terminal's escape sequences are no part of a value.
    [
      "\u001b[31mModuleNotFoundError\u001b[0m: No module named '\u001b[1mboto3\u001b[22m'",
      'PY_MODULE_NOT_FOUND_001',
      { MODULE: 'boto3' },
    ],
    ['Error: listen EADDRINUSE: address already in use :::8080', 'NODE_EADDRINUSE_001', { PORT: '8080' }],
    [
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f1c2a9e8b7d): Bind for 0.0.0.0:5432 failed: port is already allocated.',
      'DOCKER_PORT_ALLOCATED_001',
      { PORT: '5432' },
    ],
    [
      'Traceback (most recent call last):\n  File "/opt/jobs/sync.py", line 3, in <module>\n    import boto3\nModuleNotFoundError: No module named \'boto3\'',
      'PY_MODULE_NOT_FOUND_001',
      { MODULE: 'boto3' },
    ],
    [
      "Error: Cannot find module 'dotenv'\nRequire stack:\n- /srv/app/server.js",
      'NODE_CANNOT_FIND_MODULE_001',
      { PACKAGE: 'dotenv' },
    ],
    [
      "fatal: detected dubious ownership in repository at '/__w/app/app'",
      'GIT_DUBIOUS_OWNERSHIP_001',
      { REPO_PATH: '/__w/app/app' },
    ],
    [
      'sudo: unable to resolve host ip-172-31-9-44: Name or service not known',
      'LINUX_SUDO_RESOLVE_HOST_001',
      { HOSTNAME: 'ip-172-31-9-44' },
    ],
    [
      "Permissions 0664 for '/home/ci/.ssh/deploy_key' are too open.",
      'SSH_KEY_PERMISSIONS_001',
      { KEY_FILE: '/home/ci/.ssh/deploy_key' },
    ],
    // Error strings rewritten by `error-string-value`'s hints (a variable's example became its placeholder).
    ['git@bitbucket.org: Permission denied (publickey).', 'GIT_PUBLICKEY_DENIED_001', { GIT_HOST: 'bitbucket.org' }],
    [
      'CONFLICT (content): Merge conflict in services/billing/handler.go',
      'GIT_MERGE_CONFLICT_001',
      { CONFLICTED_FILE: 'services/billing/handler.go' },
    ],
    [
      ' ! [rejected]        feature/payments-v2 -> feature/payments-v2 (non-fast-forward)',
      'GIT_NON_FAST_FORWARD_001',
      { BRANCH: 'feature/payments-v2' },
    ],
    ['ImportError: No module named yaml', 'PY_MODULE_NOT_FOUND_001', { MODULE: 'yaml' }],
    // Newer sudo prints the string's head alone (signature-match.ts `headAlone`, capture.ts `headPattern`).
    ['sudo: unable to resolve host garage-cam', 'LINUX_SUDO_RESOLVE_HOST_001', { HOSTNAME: 'garage-cam' }],
    [
      'Error starting userland proxy: listen tcp4 0.0.0.0:6379: bind: address already in use',
      'DOCKER_PORT_ALLOCATED_001',
      { PORT: '6379' },
    ],
  ];

  it.each(starterCases)('starter KB: %s → %s with %o', async (paste, id, values) => {
    const { results, confident } = await starter.search(paste, 5);
    expect([results[0].id, confident, results[0].values]).toEqual([id, true, values]);
    expect(results[0].url).toBe(resultUrl(`/kb/${id}`, values));
    expect(results[0].url).toContain('src=log');
  });

  const k8sCases: Array<[string, string, Record<string, string>]> = [
    [
      'Error from server (NotFound): pods "api-7d9f8b6c5-x2x9z" not found',
      'K8S_POD_NOT_FOUND_001',
      { POD_NAME: 'api-7d9f8b6c5-x2x9z' },
    ],
    [
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "payments"',
      'K8S_FORBIDDEN_NS_001',
      { NAMESPACE: 'payments' },
    ],
    [
      '  Warning  Failed  12s  kubelet  Failed to pull image "ghcr.io/acme/api:v2.4.1": rpc error: code = NotFound desc = failed to pull and unpack image',
      'K8S_PULL_001',
      { IMAGE_NAME: 'ghcr.io/acme/api:v2.4.1' },
    ],
    [
      'ssh: Could not resolve hostname gitlab.internal: Name or service not known',
      'SSH_RESOLVE_001',
      { HOST: 'gitlab.internal' },
    ],
  ];

  it.each(k8sCases)('placeholder entries: %s → %s with %o', async (paste, id, values) => {
    const { results } = await k8s().search(paste, 5);
    expect([results[0].id, results[0].confident, results[0].values]).toEqual([id, true, values]);
  });

  it('drops a value that holds a control or invisible character, as a typed one would lose it', async () => {
    // A zero-width space hides in `boto3`; a bell inside a quoted path. The answer stands; the value is not offered.
    for (const paste of [
      "ModuleNotFoundError: No module named 'bo\u200bto3'",
      "fatal: detected dubious ownership in repository at '/srv/a\u0007pp'",
    ]) {
      const { results, confident } = await starter.search(paste, 1);
      expect(confident).toBe(true);
      expect(results[0].values).toEqual({});
    }
  });

  it('captures nothing for a result that is not a confident match', async () => {
    const { results, confident } = await starter.search('something about port 8080 in use maybe', 5);
    expect(confident).toBe(false);
    expect(results.every((r) => Object.keys(r.values).length === 0 && r.url === r.path)).toBe(true);
  });
});

describe('a variable whose declaration in _variables.yml is broken captures nothing (fails closed)', () => {
  const paste =
    "Error response from daemon: pull access denied for myorg/api, repository does not exist or may require 'docker login'";

  /** The starter KB with `_variables.yml` replaced by `variablesYml`, searched for `paste`. */
  async function searchWith(variablesYml: string) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-broken-vars-'));
    try {
      await cp(path.resolve(import.meta.dirname, '../../content'), dir, { recursive: true });
      await writeFile(path.join(dir, '_variables.yml'), variablesYml);
      const kb = await loadKb(dir);
      const { results } = await createSearchEngine(memoryLoader(indexEntries(kb.entries))).search(paste, 3);
      return { kb, top: results[0] };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('captures IMAGE_REPO with its declaration intact (the control)', async () => {
    const { top } = await searchWith(
      await readFile(path.resolve(import.meta.dirname, '../../content/_variables.yml'), 'utf8'),
    );
    expect([top.id, top.values]).toEqual(['DOCKER_PULL_ACCESS_DENIED_001', { IMAGE_REPO: 'myorg/api' }]);
  });

  it('with a typo in the declaration: still the answer, no value, and kb validate names the line', async () => {
    const original = await readFile(path.resolve(import.meta.dirname, '../../content/_variables.yml'), 'utf8');
    const typo = original.replace(/^(IMAGE_REPO:\n)/m, '$1  exmaple: typo\n');
    expect(typo).not.toBe(original);
    const { kb, top } = await searchWith(typo);
    expect(kb.diagnostics.some((d) => d.file.endsWith('_variables.yml') && d.code === 'unknown-field')).toBe(true);
    expect([top.id, top.confident, top.values, top.url]).toEqual([
      'DOCKER_PULL_ACCESS_DENIED_001',
      true,
      {},
      '/kb/DOCKER_PULL_ACCESS_DENIED_001',
    ]);
  });

  it('with the whole file unreadable YAML: no value of any name is taken', async () => {
    const { top } = await searchWith('IMAGE_REPO:\n  description: "unclosed\n');
    expect([top.id, top.values]).toEqual(['DOCKER_PULL_ACCESS_DENIED_001', {}]);
  });
});
