import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { groupNames, matchPatterns } from '../../lib/search/match-patterns';
import { matchTestWarnings } from '../../lib/search/match-tests';
import { body, entryFile, frontmatter } from './factories';

// Real libpq lines (PostgreSQL 16 psql): the same wrapper, two different errors.
const REFUSED = 'psql: error: connection to server at "db.internal" (10.0.3.7), port 5433 failed: Connection refused';
const PASSWORD =
  'psql: error: connection to server at "db.internal" (10.0.3.7), port 5433 failed: FATAL:  password authentication failed for user "app"';
const REFUSED_PATTERN =
  'connection to server at "(?<DB_HOST>[^"\\s]+)" \\([0-9a-f.:]+\\), port (?<DB_PORT>\\d{1,5}) failed: Connection refused';

/** An entry file with a `match:` list; its commands use DB_HOST and DB_PORT. */
function file(id: string, title: string, symptom: string, match: unknown[]): string {
  const solution =
    '## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Fix — psql]\n\n```bash\npg_isready -h __DB_HOST__ -p __DB_PORT__\n```';
  return entryFile(
    frontmatter({ kb_id: id, technologies: ['postgresql'], tags: ['postgresql'], match }),
    body({ title: `# ${title}`, symptoms: `## 🔍 This Is Your Problem If:\n\n- [ ] ${symptom}`, solution }),
  );
}

function entry(id: string, text: string): EntryModel {
  const parsed = parseEntryFile(`${id}.md`, text);
  if (!parsed.entry) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.entry;
}

const refused = entry(
  'PG_REFUSED_001',
  file('PG_REFUSED_001', 'PostgreSQL connection refused', 'psql cannot reach the server', [
    { pattern: REFUSED_PATTERN, example: REFUSED },
  ]),
);
const password = entry(
  'PG_PASSWORD_001',
  file(
    'PG_PASSWORD_001',
    'PostgreSQL password authentication failed',
    'psql prints `password authentication failed for user`',
    [],
  ),
);

describe('match: patterns', () => {
  it('lists the named groups, and captures validated values on the lines they match', () => {
    expect(groupNames(new RegExp(REFUSED_PATTERN))).toEqual(['DB_HOST', 'DB_PORT']);
    expect(
      matchPatterns(
        [REFUSED_PATTERN],
        [
          { line: 0, text: 'noise' },
          { line: 1, text: REFUSED.replace('5433', '6432') },
        ],
      ),
    ).toEqual({ lines: [1], values: { DB_HOST: 'db.internal', DB_PORT: '6432' }, patterns: [0] });
    // DB_PORT ends in _PORT: a port out of range is dropped, the line still matches.
    expect(matchPatterns([REFUSED_PATTERN], [{ line: 0, text: REFUSED.replace('5433', '99999') }]).values).toEqual({
      DB_HOST: 'db.internal',
    });
  });

  it('a pasted line the pattern matches makes its entry a confident result with the values in the link; the near miss does not', async () => {
    const engine = createSearchEngine(memoryLoader(indexEntries([refused, password])));
    const paste = `$ psql -h pg-prod.acme.io -p 6432\n${REFUSED.replace('db.internal', 'pg-prod.acme.io').replace('5433', '6432')}`;
    const hit = await engine.search(paste, 5);
    expect(hit.confident).toBe(true);
    expect(hit.results[0]).toMatchObject({
      id: 'PG_REFUSED_001',
      confident: true,
      lines: [2],
      values: { DB_HOST: 'pg-prod.acme.io', DB_PORT: '6432' },
    });
    expect(hit.results[0].url).toBe('/kb/PG_REFUSED_001?DB_HOST=pg-prod.acme.io&DB_PORT=6432&src=log');

    const miss = await engine.search(PASSWORD, 5);
    expect(miss.results[0].id).toBe('PG_PASSWORD_001');
    expect(miss.results.find((r) => r.id === 'PG_REFUSED_001')?.confident ?? false).toBe(false);
  });

  it("ranks first on a line where a generic entry's string matches it too: the pattern names what the string's ... left open", async () => {
    // A generic systemd entry quotes the line with `...` for the unit; a Docker entry's pattern names docker.service.
    // Both are confident on the line; the Docker entry says more of it, so it comes first whatever the rest scores.
    const job = 'Job for docker.service failed because the control process exited with error code.';
    const generic = entry(
      'SYSTEMD_UNIT_001',
      file(
        'SYSTEMD_UNIT_001',
        'systemd unit fails: control process exited with error code',
        'systemctl start prints `Job for ....service failed because the control process exited with error code.` (control process, error code, exit code, unit failed, systemctl status, journalctl)',
        [],
      ),
    );
    const docker = entry(
      'DOCKER_DAEMON_001',
      file('DOCKER_DAEMON_001', 'Docker daemon does not start', 'dockerd exits at start', [
        { pattern: 'Job for docker\\.service failed because the control process exited', example: job },
      ]),
    );
    const engine = createSearchEngine(memoryLoader(indexEntries([generic, docker])));
    const hit = await engine.search(`$ sudo systemctl start docker\n${job}`, 5);
    expect(hit.results.map((r) => [r.id, r.confident])).toEqual([
      ['DOCKER_DAEMON_001', true],
      ['SYSTEMD_UNIT_001', true],
    ]);
    // Another unit's line is the generic entry's alone.
    const other = await engine.search(job.replace('docker', 'nginx'), 5);
    expect(other.results[0]).toMatchObject({ id: 'SYSTEMD_UNIT_001', confident: true });
    expect(other.results.find((r) => r.id === 'DOCKER_DAEMON_001')?.confident ?? false).toBe(false);
  });

  it('kb validate reports each problem at its line', () => {
    const text = file('PG_BAD_001', 'Bad patterns', 'psql fails', [
      { pattern: 'port (?<DB_PORT>\\d+', example: 'port 5' },
      { pattern: '(a+)+b', example: 'aab' },
      { pattern: 'user "(?<DB_USER>[^"]+)"', example: 'user "app"' },
      { pattern: 'port (?<DB_PORT>\\d+)', example: 'no port here' },
    ]);
    const parsed = parseEntryFile('PG_BAD_001.md', text);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const found = parsed.diagnostics.map((d) => `${d.line} ${d.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `${lineOf('(?<DB_PORT>\\d+')} match-pattern`,
        `${lineOf('(a+)+b')} match-pattern-slow`,
        `${lineOf('(?<DB_USER>')} capture-unknown-variable`,
        `${lineOf('example: no port here')} match-example`,
      ]),
    );
    const noExample = parseEntryFile(
      'PG_BAD_001.md',
      file('PG_BAD_001', 'Bad patterns', 'psql fails', [{ pattern: 'port \\d+' }]),
    );
    expect(noExample.diagnostics.find((d) => d.code === 'missing-field')?.message).toBe(
      'missing required field "match.0.example"',
    );
  });

  it('the match tests search each example: one that ranks another entry first is a warning at its line', async () => {
    const twin = (id: string) =>
      entry(
        id,
        file(id, 'PostgreSQL connection refused', 'psql cannot reach the server', [
          { pattern: REFUSED_PATTERN, example: REFUSED },
        ]),
      );
    const warnings = await matchTestWarnings(
      [twin('PG_REFUSED_001'), password, twin('PG_TWIN_001')],
      (e) => e.file,
      (_, i) => 40 + i,
    );
    expect(warnings.map((w) => `${w.file}:${w.line} ${w.message}`)).toEqual([
      `PG_REFUSED_001.md:40 the match example \`${REFUSED}\` of PG_REFUSED_001 ties with PG_TWIN_001 when searched`,
      `PG_TWIN_001.md:40 the match example \`${REFUSED}\` of PG_TWIN_001 ties with PG_REFUSED_001 when searched`,
    ]);
    expect(await matchTestWarnings([refused, password], (e) => e.file)).toEqual([]);
  });

  it('kb search --json carries the values a pattern captured', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-match-'));
    writeFileSync(
      path.join(dir, 'PG_REFUSED_001.md'),
      file('PG_REFUSED_001', 'PostgreSQL connection refused', 'psql cannot reach the server', [
        { pattern: REFUSED_PATTERN, example: REFUSED },
      ]),
    );
    writeFileSync(
      path.join(dir, 'PG_PASSWORD_001.md'),
      file(
        'PG_PASSWORD_001',
        'PostgreSQL password authentication failed',
        'psql prints `password authentication failed for user`',
        [],
      ),
    );
    const run = spawnSync(process.execPath, ['bin/kb.mjs', 'search', '--content', dir, '--json', '-'], {
      input: REFUSED.replace('db.internal', '10.0.0.9'),
      encoding: 'utf8',
      env: { ...process.env, KB_CACHE_DIR: 'off' },
    });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const results = Array.isArray(out) ? out : out.results;
    expect(results[0]).toMatchObject({
      id: 'PG_REFUSED_001',
      confident: true,
      values: { DB_HOST: '10.0.0.9', DB_PORT: '5433' },
    });
  });
});

describe('a hostile paste cannot make a pattern slow', () => {
  it('runs a pattern on a bounded share of the paste: 2,000 long lines that hold its word take a bounded time', () => {
    // Anchored this pattern is safe (kb validate accepts it); unanchored each line costs time quadratic in its length.
    const slowish = 'port a.*b.*c.*d';
    const line = `port ${'a'.repeat(1995)}`;
    const lines = Array.from({ length: 2000 }, (_, i) => ({ line: i, text: line }));
    const one = performance.now();
    new RegExp(slowish, 'i').exec(line);
    const perLine = performance.now() - one;
    const start = performance.now();
    expect(matchPatterns([slowish], lines)).toEqual({ lines: [], values: {}, patterns: [] });
    const took = performance.now() - start;
    // Unbounded, 2,000 such lines would cost 2,000 × perLine; the budget stops after about 100 of them.
    expect(took).toBeLessThan(Math.max(400 * perLine, 50));
  });
});

describe('literalWords: which lines a pattern is run on', () => {
  it('takes the words written literally, never those in an optional group, none with a top-level alternative', async () => {
    const { literalWords } = await import('../../lib/search/match-patterns');
    expect(literalWords(REFUSED_PATTERN)).toEqual(['connection', 'server', 'port', 'failed', 'refused']);
    expect(literalWords('(?:while reading )?port (?<DB_PORT>\\d+)')).toEqual(['port']);
    expect(literalWords('(?:fatal: )*\\d+ files')).toEqual(['files']);
    expect(literalWords('refused|reset')).toEqual([]);
    // Every word optional: no filter, so a line without them is still run.
    expect(literalWords('(?:error )?\\d{3}')).toEqual([]);
    expect(matchPatterns(['(?:error )?(?<PORT>\\d{4})'], [{ line: 0, text: 'bind 8080' }]).values).toEqual({
      PORT: '8080',
    });
  });
});
