import { describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, IndexFormatError, memoryLoader, type IndexLoader } from '../../lib/search/engine';
import { highlight } from '../../lib/search/results';
import { indexFileEntries, MANIFEST_FILE } from '../../lib/search/shards';
import { engineFor, makeEntry, sampleEntries } from './search-helpers';

const ids = async (query: string, engine = engineFor(sampleEntries())) =>
  (await engine.search(query, 5)).results.map((r) => r.id);

describe('search over a small KB', () => {
  it.each([
    ['standard_init_linux.go:228: exec user process caused: exec format error', 'DOCKER_EXEC_FORMAT_001'],
    ['web-1  | exec /usr/local/bin/docker-entrypoint.sh: exec format error', 'DOCKER_EXEC_FORMAT_001'],
    ["npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/@vue/cli'", 'NPM_EACCES_001'],
    [
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
      'DOCKER_SOCKET_001',
    ],
    [
      '  Warning  Failed  12s (x3 over 45s)  kubelet  Failed to pull image "acme/app:1.2.3": rpc error: code = NotFound desc = x',
      'K8S_IMAGE_PULL_001',
    ],
    ['Error: listen EADDRINUSE: address already in use 127.0.0.1:8080', 'NODE_EADDRINUSE_001'],
  ])('%s', async (query, expected) => {
    expect((await ids(query))[0]).toBe(expected);
  });

  it('reports the symptom whose exact error string matched, with the page path', async () => {
    const [first] = (await engineFor(sampleEntries()).search('exec /app/server: exec format error', 3)).results;
    expect(first).toMatchObject({
      id: 'DOCKER_EXEC_FORMAT_001',
      path: '/kb/DOCKER_EXEC_FORMAT_001',
      symptom: 1,
      category: 'devops',
    });
    expect(first.matched).toBe('Log contains exec /usr/bin/... : exec format error');
  });

  it('returns nothing for an empty or noise-only query', async () => {
    expect(await ids('')).toEqual([]);
    expect(await ids('2024-01-01T00:00:00Z 0xdeadbeef 10.0.0.1:8080')).toEqual([]);
    expect(await ids('constructor prototype')).toEqual([]);
  });

  it('drops results that share only common words with the query', async () => {
    expect(await ids('exec format error')).toEqual(['DOCKER_EXEC_FORMAT_001']);
  });
});

describe('index shards', () => {
  it('ranks the same with one shard, with many, and after a JSON round trip', async () => {
    const entries = sampleEntries();
    const queries = ['exec format error', 'npm ERR! code EACCES', 'permission denied', 'rpc error NotFound'];
    const one = indexEntries(entries, { termShardBytes: 1e9, docShardBytes: 1e9 });
    const many = indexEntries(entries, { termShardBytes: 50, docShardBytes: 50 });
    expect(one.manifest.termShards).toBe(1);
    expect(many.manifest.termShards).toBeGreaterThan(8);
    expect(many.docShards.length).toBeGreaterThan(1);
    const roundTrip = JSON.parse(JSON.stringify(many));
    for (const query of queries) {
      const expected = (await createSearchEngine(memoryLoader(one)).search(query, 5)).results;
      expect((await createSearchEngine(memoryLoader(many)).search(query, 5)).results).toEqual(expected);
      expect((await createSearchEngine(memoryLoader(roundTrip)).search(query, 5)).results).toEqual(expected);
    }
  });

  it('fetches the manifest once and only the shards the query needs', async () => {
    const index = indexEntries(sampleEntries(), { termShardBytes: 50, docShardBytes: 50 });
    const fetched: string[] = [];
    const files = new Map(indexFileEntries(index));
    const engine = createSearchEngine(async (file) => (fetched.push(file), files.get(file)));
    const { plan, results } = await engine.search('exec format error', 5);
    expect(fetched.filter((f) => f === MANIFEST_FILE)).toHaveLength(1);
    expect(fetched.filter((f) => f.startsWith('t-'))).toHaveLength(plan.termShards.length);
    expect(fetched.length).toBeLessThan(files.size / 2);
    expect(results[0].id).toBe('DOCKER_EXEC_FORMAT_001');
    const before = fetched.length;
    await engine.search('exec format error', 5);
    expect(fetched.length).toBe(before);
  });

  it('retries a file whose fetch failed', async () => {
    const files = new Map(indexFileEntries(indexEntries(sampleEntries())));
    let failNext = true;
    const flaky: IndexLoader = async (file) => {
      if (file.startsWith('t-') && failNext) {
        failNext = false;
        throw new Error('network down');
      }
      return files.get(file);
    };
    const engine = createSearchEngine(flaky);
    await expect(engine.search('exec format error', 3)).rejects.toThrow('network down');
    expect((await engine.search('exec format error', 3)).results[0].id).toBe('DOCKER_EXEC_FORMAT_001');
  });

  it('refuses an index written in another format', async () => {
    const engine = createSearchEngine(async () => ({ format: 999, docs: 1, termShards: 1, docsPerShard: 1 }));
    await expect(engine.search('anything', 3)).rejects.toBeInstanceOf(IndexFormatError);
  });
});

describe('signatures', () => {
  it('lets an entry written with placeholders match any value in their place', async () => {
    const entries = [
      makeEntry({
        id: 'PULL_DENIED_001',
        title: 'Image pull denied',
        symptoms: ["`pull access denied for <image>, repository does not exist or may require 'docker login'`"],
      }),
      makeEntry({
        id: 'REPO_MISSING_001',
        title: 'Repository does not exist',
        symptoms: ['The repository does not exist on the remote'],
      }),
    ];
    const query =
      "docker: Error response from daemon: pull access denied for acme/invoicer, repository does not exist or may require 'docker login': denied";
    expect((await ids(query, engineFor(entries)))[0]).toBe('PULL_DENIED_001');
  });
});

describe('highlight', () => {
  it('marks the words of the query, joining neighbours', () => {
    expect(
      highlight('Log contains exec /usr/bin/... : exec format error', new Set(['exec', 'format', 'error'])),
    ).toEqual([
      { text: 'Log contains ', mark: false },
      { text: 'exec', mark: true },
      { text: ' /usr/bin/... : ', mark: false },
      { text: 'exec format error', mark: true },
    ]);
  });

  it('keeps a placeholder apart, by its name, and does not mark its words', () => {
    expect(highlight('ssh prints git@__GIT_HOST__: Permission denied', new Set(['git', 'host', 'permission']))).toEqual(
      [
        { text: 'ssh prints ', mark: false },
        { text: 'git', mark: true },
        { text: '@', mark: false },
        { text: 'GIT_HOST', mark: false, variable: 'GIT_HOST' },
        { text: ': ', mark: false },
        { text: 'Permission', mark: true },
        { text: ' denied', mark: false },
      ],
    );
  });

  it('matches normalized forms (case, plurals)', () => {
    expect(highlight('Permissions 0644', new Set(['permission']))).toEqual([
      { text: 'Permissions', mark: true },
      { text: ' 0644', mark: false },
    ]);
  });
});
