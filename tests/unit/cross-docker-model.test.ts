import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';

const file = path.resolve(import.meta.dirname, '../../content/CROSS_DOCKER_001.md');
const parsed = parseEntryFile('CROSS_DOCKER_001.md', readFileSync(file, 'utf8'));
const entry = parsed.entry as EntryModel;

describe('CROSS_DOCKER_001, the reference entry, section by section', () => {
  it('parses without diagnostics', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(entry.id).toBe('CROSS_DOCKER_001');
  });

  it('frontmatter', () => {
    expect(entry.meta).toEqual({
      kb_id: 'CROSS_DOCKER_001',
      category: 'devops',
      platform: 'cross-platform',
      technologies: ['docker', 'buildx', 'multi-arch'],
      complexity: 4,
      criticality: 'high',
      created: '2026-02-17',
      tags: ['docker', 'exec-format-error', 'arm64', 'amd64', 'multi-arch', 'buildx'],
      related_kb: [],
      match: [],
      variables: {},
    });
  });

  it('title and summary', () => {
    expect(entry.title).toBe('Docker exec format error — Wrong Architecture');
    expect(entry.tldr).toBe('Container fails with `exec format error` → rebuild image with correct `--platform`');
    expect(entry.fixTime).toBe('~5 min');
    expect(entry.platformNote).toBe('Any OS (common on Apple Silicon M1/M2/M3)');
    expect(entry.intro).toEqual([]);
  });

  it('symptoms with exact error strings, and where to check', () => {
    expect(entry.symptoms.map((s) => [s.line, s.errors])).toEqual([
      [22, ['docker run']],
      [23, ['exec /usr/bin/... : exec format error']],
      [24, []],
      [25, []],
    ]);
    expect(entry.whereToCheck.map((c) => c.code)).toEqual([
      'docker logs __CONTAINER__',
      "docker inspect --format='{{.Architecture}}' __IMAGE_NAME__",
    ]);
  });

  it('solution: one integration pattern, critical items, versions', () => {
    expect(entry.patterns).toHaveLength(1);
    expect(entry.patterns[0]).toMatchObject({ phase: 'Build Phase', tool: 'Dockerfile', anchor: 'pattern-1' });
    expect(entry.patterns[0].blocks[0]).toMatchObject({ lang: 'bash', line: 35, variables: ['IMAGE_NAME'] });
    expect(entry.patterns[0].blocks[0].code).not.toContain('VAR');
    expect(entry.patterns[0].blocks[0].code).toContain('docker build --platform linux/amd64 -t __IMAGE_NAME__ .\n');
    expect(entry.critical.map((c) => c.name)).toEqual(['`--platform` flag', 'buildx', 'For existing images']);
    expect(entry.critical[1].why).toBe('must be installed (`docker buildx version`)');
    expect(entry.versions).toEqual([
      { label: 'Works', value: 'Docker 20.10+, Docker Desktop 4.x' },
      { label: 'buildx required for', value: 'multi-arch builds' },
    ]);
    expect(entry.solutionNotes).toEqual([]);
  });

  it('verification: commands and expected results', () => {
    expect(entry.verification?.blocks.map((b) => b.code)).toEqual([
      '# Check image architecture\ndocker inspect __IMAGE_NAME__ | grep Architecture\n\n# Test run\ndocker run --rm __IMAGE_NAME__ echo "Architecture OK"',
    ]);
    expect(entry.verification?.expected).toEqual([
      'Architecture shows `amd64` (or your target)',
      'Container prints "Architecture OK" and exits cleanly',
    ]);
    expect(entry.verification?.notes).toEqual([]);
  });

  it('fallbacks with When and Risks', () => {
    expect(entry.fallbacks.map((f) => [f.number, f.title, f.when, f.risks])).toEqual([
      [1, 'Use QEMU emulation', "Can't rebuild image, need quick workaround", '5-10x slower performance'],
      [2, 'Find native image', 'Image maintainer provides multi-arch support', null],
    ]);
  });

  it('context, applicable, frequency', () => {
    expect(entry.context).toMatchObject({
      sideEffects: 'Multi-arch builds take longer, image size may increase',
      antiPattern: '✗ Using QEMU emulation in production (severe performance penalty)',
      notes: [],
    });
    expect(entry.context?.rootCause).toMatch(/^Docker images contain binaries/);
    expect(entry.context?.bestPractice).toMatch(/FROM --platform=linux\/amd64 node:20/);
    expect(entry.applicable).toBe('Docker 20.10+, Apple Silicon Macs, CI/CD cross-compilation');
    expect(entry.frequency).toBe('Very common since Apple M1 release (2020)');
  });

  it('sections in order with stable anchors, and the variables', () => {
    expect(entry.sections.map((s) => [s.kind, s.anchor])).toEqual([
      ['symptoms', 'symptoms'],
      ['solution', 'solution'],
      ['verification', 'verification'],
      ['fallback', 'fallback'],
      ['context', 'context'],
    ]);
    expect(entry.variables).toEqual(['CONTAINER', 'IMAGE_NAME']);
  });
});
