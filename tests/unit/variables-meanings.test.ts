import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shapesIn } from '../../lib/variables/meanings';

describe('shapesIn', () => {
  it('tells a whole value from a part of a built one', () => {
    expect(
      Object.fromEntries(
        shapesIn('docker pull __REGISTRY__/__NAMESPACE__/__IMAGE_NAME__:__TAG__ && docker run __IMAGE_NAME__'),
      ),
    ).toEqual({
      REGISTRY: { shape: 'whole', beside: [] },
      NAMESPACE: { shape: 'part', beside: ['REGISTRY', 'IMAGE_NAME', 'TAG'] },
      IMAGE_NAME: { shape: 'part', beside: ['REGISTRY', 'NAMESPACE', 'TAG'] },
      TAG: { shape: 'whole', beside: [] },
    });
    expect(shapesIn('ssh __USER__@__HOST__').get('HOST')).toEqual({ shape: 'whole', beside: [] });
  });
});

describe('one meaning per name across the KB', () => {
  it('a test KB where two entries give IMAGE_NAME two meanings: the diagnostic names both files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-meaning-'));
    const whole = readFileSync('e2e/fixtures/kb/FIX_DECLARED_VARS_001.md', 'utf8');
    writeFileSync(path.join(dir, 'FIX_DECLARED_VARS_001.md'), whole);
    const part = whole
      .replaceAll('FIX_DECLARED_VARS_001', 'FIX_DECLARED_VARS_002')
      .replace(
        'docker run -d -p __PORT__:__PORT__ -e PORT=__PORT__ __IMAGE_NAME__',
        'docker run -d -p __PORT__:__PORT__ __REGISTRY__/__IMAGE_NAME__:__TAG__',
      );
    expect(part).toContain('__REGISTRY__/__IMAGE_NAME__:__TAG__');
    writeFileSync(path.join(dir, 'FIX_DECLARED_VARS_002.md'), part);
    const run = spawnSync(process.execPath, ['bin/kb.mjs', 'validate', '--content', dir], { encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    const line = part.split('\n').findIndex((l) => l.includes('__REGISTRY__/__IMAGE_NAME__')) + 1;
    const diagnostic = out.split('\n').find((l) => l.includes('variable-meaning')) ?? '';
    expect(diagnostic).toMatch(
      new RegExp(
        `FIX_DECLARED_VARS_002\\.md:${line}:1 warning variable-meaning IMAGE_NAME means two things: a part of a value built with REGISTRY, TAG here \\(line ${line}\\) but a whole value in \\S*FIX_DECLARED_VARS_001\\.md:\\d+`,
      ),
    );
    expect(out).toContain('use IMAGE_REF for a full reference');
  });
});
