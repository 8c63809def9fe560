import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../lib/cli/io';
import { UsageError } from '../../lib/cli/io';
import { search } from '../../lib/cli/search';
import { body, entryFile, frontmatter } from './factories';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-search-'));
  await writeFile(
    path.join(dir, 'DOCKER_EXEC_FORMAT_001.md'),
    entryFile(frontmatter({ kb_id: 'DOCKER_EXEC_FORMAT_001' }), body()),
  );
  await writeFile(
    path.join(dir, 'NPM_EACCES_001.md'),
    entryFile(
      frontmatter({ kb_id: 'NPM_EACCES_001', technologies: ['npm'], tags: ['npm'] }),
      body({
        title: '# npm EACCES on global install',
        symptoms: '## 🔍 This Is Your Problem If:\n\n- [ ] `npm ERR! code EACCES`',
      }),
    ),
  );
});

let portDir: string;

beforeAll(async () => {
  portDir = await mkdtemp(path.join(tmpdir(), 'kb-search-port-'));
  await writeFile(
    path.join(portDir, 'NODE_PORT_001.md'),
    entryFile(
      frontmatter({ kb_id: 'NODE_PORT_001', technologies: ['nodejs'], tags: ['nodejs'] }),
      body({
        title: '# Node.js port in use',
        symptoms:
          '## 🔍 This Is Your Problem If:\n\n- [ ] `Error: listen EADDRINUSE: address already in use :::__PORT__`',
        // The captured variable must be one the commands use (capture-unknown-variable otherwise).
        solution:
          '## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Run — shell]\n\n```bash\nnpx kill-port __PORT__\n```',
      }),
    ),
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));
afterAll(() => rm(portDir, { recursive: true, force: true }));

function run(argv: string[], stdin = '') {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async () => stdin,
    cwd: '/',
    env: { KB_CONTENT_DIR: dir },
  };
  return search(argv, io).then((code) => ({ code, ...out }));
}

describe('kb search', () => {
  it('prints the best entries with the matched line and the page path', async () => {
    const { code, stdout } = await run(['standard_init_linux.go:228: exec user process caused: exec format error']);
    expect(code).toBe(0);
    expect(stdout).toContain('1. DOCKER_EXEC_FORMAT_001  Container exits with exec format error');
    expect(stdout).toContain('   matched: Log shows exec /app: exec format error');
    expect(stdout).toContain('   page:    /kb/DOCKER_EXEC_FORMAT_001');
  });

  it('gives each problem of a log, earliest first, with the lines it matched', async () => {
    const log = ['starting', 'npm ERR! code EACCES', 'retrying', 'exec /app: exec format error', 'done'].join('\n');
    const { code, stdout } = await run(['-'], log);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^1\. NPM_EACCES_001[\s\S]* {3}line 2: npm ERR! code EACCES[\s\S]*2\. DOCKER_EXEC_FORMAT_001[\s\S]* {3}line 4: exec \/app: exec format error/,
    );
  });

  it('--json carries the values captured from the paste and the entry url with them', async () => {
    const { code, stdout } = await run(
      ['--json', '--content', portDir, '-'],
      'node:events:497\n      throw er;\nError: listen EADDRINUSE: address already in use :::8080\n',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({
      id: 'NODE_PORT_001',
      confident: true,
      lines: [3],
      values: { PORT: '8080' },
      url: '/kb/NODE_PORT_001?PORT=8080&src=log',
    });
  });

  it('shows a variable the paste gave no value for as <NAME>, and the one it gave as the value', async () => {
    const closest = await run(['--content', portDir, 'address already in use somewhere']);
    expect(closest.stdout).toContain('   matched: Error: listen EADDRINUSE: address already in use :::<PORT>');
    const captured = await run(['--content', portDir, 'Error: listen EADDRINUSE: address already in use :::8080']);
    expect(captured.stdout).toContain('   matched: Error: listen EADDRINUSE: address already in use :::8080');
  });

  it('reads the query from stdin with -', async () => {
    const { code, stdout } = await run(['--content', dir, '-'], 'npm ERR! code EACCES\nnpm ERR! syscall mkdir\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. NPM_EACCES_001/);
  });

  it('prints JSON: an array of {id, title, score, matched, confident, lines}, best first', async () => {
    const { code, stdout } = await run(['--json', '--limit', '1', 'exec format error']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed).toEqual([
      {
        id: 'DOCKER_EXEC_FORMAT_001',
        title: 'Container exits with exec format error',
        score: expect.any(Number),
        matched: 'Log shows exec /app: exec format error',
        confident: true,
        lines: [1],
        values: {},
        url: '/kb/DOCKER_EXEC_FORMAT_001',
      },
    ]);
  });

  it('without a confident match: says so, lists the closest entries as such, prints a draft entry, exits 1', async () => {
    const { code, stdout } = await run(['npm ERR! code ETIMEDOUT']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^No confident match: none of the 2 entries has this error\./);
    expect(stdout).toContain('1. NPM_EACCES_001  npm EACCES on global install  (score');
    expect(stdout).toContain('not a confident match');
    expect(stdout).toContain('save this draft as content/NEW_ENTRY_001.md');
    expect(stdout).toContain('- [ ] The output contains `npm ERR! code ETIMEDOUT`');
  });

  it('--json without a confident match still lists the closest entries, each marked, and exits 1', async () => {
    const { code, stdout } = await run(['--json', 'npm ERR! code ETIMEDOUT']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((r: { id: string; confident: boolean }) => [r.id, r.confident])).toEqual([
      ['NPM_EACCES_001', false],
    ]);
  });

  it('--why says under each closest entry why it is not a match, and which line to quote in the fix', async () => {
    const { code, stdout } = await run(['--why', '-'], '$ npm install -g pnpm\nnpm ERR! code ETIMEDOUT\n');
    expect(code).toBe(1);
    expect(stdout).toContain('1. NPM_EACCES_001');
    expect(stdout).toMatch(/\n {3}why: {5}line 2 (?:holds \d+ % of its closest string|ends with|lacks)[^\n]*\n/);
    expect(stdout).toContain('If one of these entries is the fix, quote the error line in its symptoms');
    expect(stdout).toContain('  `npm ERR! code ETIMEDOUT`\n');
    expect((await run(['npm ERR! code ETIMEDOUT'])).stdout).not.toContain('why:');
  });

  it('--why --json gives each closest entry its reason: the string, the line, the failed test, the words', async () => {
    const { stdout } = await run(['--why', '--json', 'npm ERR! code ETIMEDOUT']);
    const [first] = JSON.parse(stdout);
    expect(first).toMatchObject({ id: 'NPM_EACCES_001', confident: false, why: { symptom: 0, line: 1 } });
    expect(first.why.failure).toMatch(/^(coverage|line-tail|tail)$/);
  });

  it('exits 1 with a hint when nothing matches', async () => {
    const { code, stdout, stderr } = await run(['quantum flux capacitor']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no entry matches (2 searched)');
  });

  it('prints [] for --json with no results and still exits 1', async () => {
    const { code, stdout } = await run(['--json', 'quantum flux capacitor']);
    expect([code, stdout]).toEqual([1, '[]\n']);
  });

  it('explains an empty query', async () => {
    const { code, stderr } = await run(['-'], '  \n');
    expect(code).toBe(1);
    expect(stderr).toContain('the query is empty');
  });

  it('reports a missing content folder', async () => {
    const { code, stderr } = await run(['--content', path.join(dir, 'nope'), 'exec format error']);
    expect(code).toBe(1);
    expect(stderr).toContain('content folder not found');
  });

  it('rejects a bad --limit and a missing query as usage errors', async () => {
    await expect(run(['--limit', '0', 'x'])).rejects.toBeInstanceOf(UsageError);
    await expect(run([])).rejects.toBeInstanceOf(UsageError);
  });
});
