import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneBundle } from '../../scripts/cli-bundle.mjs';

const BUNDLE = '.kb-cli/run.js';

describe('the kb binary', () => {
  it('compiles the CLI to plain JavaScript when it is missing and runs it', () => {
    rmSync('.kb-cli', { recursive: true, force: true });
    const out = execFileSync(process.execPath, ['bin/kb.mjs', 'show', 'cross_docker_001'], { encoding: 'utf8' });
    expect(out).toContain('CROSS_DOCKER_001  Docker exec format error');
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('falls back to compiling TypeScript on the fly with KB_NO_BUNDLE', () => {
    const out = execFileSync(process.execPath, ['bin/kb.mjs', 'validate', '--help'], {
      encoding: 'utf8',
      env: { ...process.env, KB_NO_BUNDLE: '1' },
    });
    expect(out).toContain('Usage: kb validate');
  });
});

describe("npm run build's launcher", () => {
  it('compiles the build script to plain JavaScript when it is missing and runs it', () => {
    rmSync('.kb-cli/build.js', { force: true });
    // An output folder that holds the project: the script's first check, made with the project's root found right.
    const run = spawnSync(process.execPath, ['scripts/run-build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, KB_OUT_DIR: '.' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`build stopped: KB_OUT_DIR ${process.cwd()} would hold the project itself`);
    expect(existsSync('.kb-cli/build.js')).toBe(true);
  });
});

describe('rebuilding the bundle', () => {
  it('removes the chunks of the builds before the last, and nothing on the first', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-bundle-'));
    const files = () => readdirSync(dir).sort();
    try {
      const write = (...names: string[]) => names.forEach((name) => writeFileSync(path.join(dir, name), ''));
      write('run.js', 'chunk-OLD1.js', 'chunk-A.js');
      pruneBundle(dir, ['run.js', 'chunk-A.js']);
      expect(files()).toEqual(['chunk-A.js', 'chunk-OLD1.js', 'outputs.json', 'run.js']);
      write('chunk-B.js');
      pruneBundle(dir, ['run.js', 'chunk-B.js']);
      expect(files()).toEqual(['chunk-A.js', 'chunk-B.js', 'outputs.json', 'run.js']);
      write('chunk-C.js');
      pruneBundle(dir, ['run.js', 'chunk-C.js']);
      expect(files()).toEqual(['chunk-B.js', 'chunk-C.js', 'outputs.json', 'run.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
