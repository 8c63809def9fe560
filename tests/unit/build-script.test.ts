import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run build`'s script on a content folder into an output folder, as a user would. */
function build(contentDir: string, outDir: string) {
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir },
  });
}

describe('npm run build on an invalid KB', () => {
  it('stops before next build with exit 1 and the full list, and leaves the last good out/ as it was', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kb-build-')), 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'last good site');

    const run = build('e2e/fixtures/broken', out);

    expect(run.status).toBe(1);
    const reported = new Set(
      [...run.stderr.matchAll(/^(e2e\/fixtures\/broken\/\S+\.md):\d+:\d+ error /gm)].map((m) => m[1]),
    );
    expect(reported.size).toBe(15);
    expect(run.stderr).toContain('build stopped: the KB in e2e/fixtures/broken has errors (listed above)');
    expect(run.stdout).not.toContain('building');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(path.dirname(out))).toEqual(['out']);
  });
});

describe('npm run build into the project or a folder that holds it', () => {
  it.each([
    ['the project', '.'],
    ['its parent', '..'],
  ])('refuses %s as KB_OUT_DIR with exit 1 before doing anything', (_, outDir) => {
    const run = build('content', outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `build stopped: KB_OUT_DIR ${path.resolve(root, outDir)} would hold the project itself`,
    );
    expect(run.stdout).not.toContain('entries valid');
  });
});
