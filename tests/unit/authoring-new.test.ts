import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idPrefix, nextFreeId } from '../../lib/authoring/next-id';
import { main } from '../../lib/cli/main';
import { loadKb } from '../../lib/content/kb';
import { fakeIO } from './cli-helpers';

function tempKb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-new-'));
  cpSync('content/CROSS_DOCKER_001.md', path.join(dir, 'content', 'CROSS_DOCKER_001.md'), { recursive: true });
  return dir;
}

const flags = [
  '--title',
  'Port already allocated',
  '--category',
  'devops',
  '--platform',
  'cross-platform',
  '--technologies',
  'docker,compose',
];

describe('next free id', () => {
  it('names the entry after its first technology and the title', () => {
    expect(idPrefix('docker', 'Port is already allocated!')).toBe('DOCKER_PORT_ALREADY_ALLOCATED');
    expect(idPrefix('node.js', 'npm ERR! EACCES')).toBe('NODE_JS_NPM_ERR_EACCES');
    expect(idPrefix('git', 'Git: dubious ownership')).toBe('GIT_DUBIOUS_OWNERSHIP');
  });
  it('takes one above the highest number in use for that prefix', () => {
    expect(nextFreeId('DOCKER_X', [])).toBe('DOCKER_X_001');
    expect(nextFreeId('DOCKER_X', ['DOCKER_X_001', 'DOCKER_X_007', 'DOCKER_XY_009'])).toBe('DOCKER_X_008');
  });
});

describe('kb new', () => {
  it('writes an entry that validates except for the parts still to write, and lists them', async () => {
    const cwd = tempKb();
    const { io, out } = fakeIO({ cwd });
    expect(await main(['new', ...flags], io)).toBe(0);
    expect(out.stdout.trim()).toBe(path.join('content', 'DOCKER_PORT_ALREADY_ALLOCATED_001.md'));
    expect(out.stderr).toContain('Still to write');
    const kb = await loadKb(path.join(cwd, 'content'), { cwd });
    const mine = kb.diagnostics.filter((d) => d.file.includes('DOCKER_PORT_ALREADY_ALLOCATED_001'));
    expect(mine.map((d) => d.code)).toEqual(['missing-section', 'missing-section']);
    expect(mine.map((d) => d.message).join(' ')).toMatch(/symptom checklist.*solution/);
    const text = readFileSync(path.join(cwd, out.stdout.trim()), 'utf8');
    expect(text).toContain('kb_id: "DOCKER_PORT_ALREADY_ALLOCATED_001"');
    expect(text).toContain('technologies: [docker, compose]');
    expect(text).toContain('$schema=../schema/frontmatter.schema.json');
  });

  it('proposes the next number when the id is taken, and refuses an existing --id', async () => {
    const cwd = tempKb();
    writeFileSync(path.join(cwd, 'content', 'DOCKER_PORT_ALREADY_ALLOCATED_001.md'), 'x');
    const first = fakeIO({ cwd });
    expect(await main(['new', ...flags], first.io)).toBe(0);
    expect(first.out.stdout).toContain('DOCKER_PORT_ALREADY_ALLOCATED_002.md');
    const second = fakeIO({ cwd });
    expect(await main(['new', ...flags, '--id', 'CROSS_DOCKER_001'], second.io)).toBe(1);
    expect(second.out.stderr).toContain('CROSS_DOCKER_001 already exists');
    expect(readFileSync(path.join(cwd, 'content', 'CROSS_DOCKER_001.md'), 'utf8')).toBe(
      readFileSync('content/CROSS_DOCKER_001.md', 'utf8'),
    );
  });

  it('asks for missing fields when it can, and needs flags when it cannot', async () => {
    const cwd = tempKb();
    const answers = ['Pod stuck in Pending', 'kubernetes', 'linux', 'kubernetes'];
    const asked = fakeIO({ cwd });
    asked.io.ask = async () => answers.shift()!;
    expect(await main(['new'], asked.io)).toBe(0);
    expect(asked.out.stdout).toContain('KUBERNETES_POD_STUCK_PENDING_001.md');
    const script = fakeIO({ cwd });
    expect(await main(['new', '--title', 'x'], script.io)).toBe(2);
    expect(script.out.stderr).toContain('--category is required');
  });

  it('rejects a category that is not a slug', async () => {
    const { io, out } = fakeIO({ cwd: tempKb() });
    expect(await main(['new', ...flags.slice(0, 2), '--category', 'Dev Ops', ...flags.slice(4)], io)).toBe(2);
    expect(out.stderr).toContain('must be a lower-case slug');
  });
});

describe('--help', () => {
  it.each(['validate', 'show', 'search', 'fix-encoding', 'new', 'import'])(
    'kb %s --help prints options and an example, exit 0',
    async (name) => {
      const { io, out } = fakeIO();
      const code = await main([name, '--help'], io);
      expect(code).toBe(0);
      expect(out.stdout).toContain(`Usage: kb ${name}`);
      expect(out.stdout).toContain('Example:');
    },
  );
});
