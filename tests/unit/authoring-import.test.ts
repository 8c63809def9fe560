import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlock, isErrorLine } from '../../lib/authoring/import/classify';
import { draftFromPost } from '../../lib/authoring/import/draft';
import { rewritePlaceholders } from '../../lib/authoring/import/placeholders';
import { main } from '../../lib/cli/main';
import { parseEntryFile } from '../../lib/content/entry';
import { fakeIO } from './cli-helpers';

// A copy of ../shared/seeds/000_f97d508c621a4987.txt, the blog post CROSS_DOCKER_001 was written from.
const SEED = readFileSync('tests/fixtures/import/seed-000-hugo-post.md', 'utf8');
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const options = { existingIds: ['CROSS_DOCKER_001'], today: '2026-12-03' };

function imported(text: string) {
  const draft = draftFromPost(text, options);
  const parsed = parseEntryFile(`${draft.id}.md`, draft.markdown);
  return { draft, entry: parsed.entry!, errors: parsed.diagnostics.filter((d) => d.severity === 'error') };
}

describe('placeholders become variables', () => {
  it.each([
    ['docker run <image>', 'docker run __IMAGE_REF__'],
    ['docker logs <container-name>', 'docker logs __CONTAINER__'],
    ['docker push $IMAGE', 'docker push __IMAGE_REF__'],
    ['helm upgrade {{release}} .', 'helm upgrade __RELEASE__ .'],
    ['gcloud config set project YOUR_PROJECT_ID', 'gcloud config set project __PROJECT_ID__'],
    ['docker build -t your-username/your-image:tag .', 'docker build -t __IMAGE_REF__ .'],
  ])('%s', (code, expected) => {
    expect(rewritePlaceholders(code, true).code).toBe(expected);
  });
  it.each([
    "docker inspect --format='{{.Architecture}}' x",
    'cat <<EOF > a',
    'echo $HOME $PATH',
    'IMAGE=api; docker push $IMAGE',
  ])('leaves %s as it is', (code) => {
    expect(rewritePlaceholders(code, true).code).toBe(code);
  });
  it('does not treat $NAME as a placeholder outside shell blocks', () => {
    expect(rewritePlaceholders('prefix=${HOME}/x\nname: $IMAGE', false).code).toBe('prefix=${HOME}/x\nname: $IMAGE');
  });
});

describe('line and block kinds', () => {
  it('tells error lines from commands, including tools that prefix their own name', () => {
    expect(isErrorLine('exec /bin/sh: exec format error')).toBe(true);
    expect(isErrorLine('npm ERR! code EACCES')).toBe(true);
    expect(isErrorLine('docker run --rm alpine echo error')).toBe(false);
    expect(isErrorLine('Everything is fine')).toBe(false);
  });
  it('classifies blocks', () => {
    expect(classifyBlock('exec /bin/sh: exec format error', 'bash')).toBe('error');
    expect(classifyBlock('docker buildx create --use', 'bash')).toBe('command');
    expect(classifyBlock('apiVersion: v1\nkind: Pod', 'yaml')).toBe('config');
  });
});

describe('kb import', () => {
  it('seed 000 (Hugo blog post) becomes a valid draft that reads close to CROSS_DOCKER_001', () => {
    const { draft, entry, errors } = imported(SEED);
    expect(errors).toEqual([]);
    expect(draft.id).toBe('DOCKER_EXEC_FORMAT_ERROR_001');
    expect(entry.meta.created).toBe('2023-05-18');
    expect(entry.meta.technologies).toContain('docker');
    expect(entry.symptoms.flatMap((s) => s.errors)).toContain('exec /bin/sh: exec format error');
    const code = entry.patterns.flatMap((p) => p.blocks.map((b) => b.code)).join('\n');
    expect(code).toContain('docker buildx create --use');
    expect(code).toContain('docker buildx build --platform linux/amd64,linux/arm64 -t __IMAGE_REF__ --push .');
    expect(entry.variables).toEqual(['IMAGE_REF']);
    expect(entry.context?.rootCause).toMatch(/executable format/);
    expect(draft.checks.join('\n')).toMatch(/verification: the post has none/);
  });

  it('a runbook without frontmatter: title from the #, technologies from its commands, diagnose commands as Where to Check', () => {
    const { draft, entry, errors } = imported(fixture('runbook-no-frontmatter.md'));
    expect(errors).toEqual([]);
    expect(entry.title).toBe('Runbook: pod stuck in CrashLoopBackOff after a config change');
    expect(entry.meta.technologies).toEqual(['kubernetes', 'gcp']);
    expect(entry.symptoms.flatMap((s) => s.errors)).toContain('Back-off restarting failed container');
    expect(entry.whereToCheck.map((c) => c.code)).toContain(
      "kubectl get pod __POD_NAME__ -o go-template='{{.status.phase}}'",
    );
    expect(entry.verification?.blocks[0].code).toContain('rollout status deployment/__DEPLOYMENT__');
    expect(new Set(entry.variables)).toEqual(new Set(['POD_NAME', 'NAMESPACE', 'DEPLOYMENT', 'PROJECT_ID']));
    expect(draft.checks.join('\n')).toContain('was `YOUR_PROJECT_ID` in the post');
  });

  it('a Jekyll post: npm error output is the symptom, shell variables the block sets stay shell variables', () => {
    const { entry, errors } = imported(fixture('jekyll-npm-eacces.md'));
    expect(errors).toEqual([]);
    expect(entry.meta.created).toBe('2024-03-09');
    expect(entry.symptoms.flatMap((s) => s.errors)).toContain(
      "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'",
    );
    const code = entry.patterns.flatMap((p) => p.blocks.map((b) => b.code)).join('\n');
    expect(code).toContain('npm config set prefix "$PREFIX"');
    expect(code).toContain('npm install -g __PACKAGE__');
    expect(code).toContain('prefix=${HOME}/.npm-global');
  });

  it('is deterministic', () => {
    expect(draftFromPost(SEED, options)).toEqual(draftFromPost(SEED, options));
  });

  it('writes each draft into the content folder and prints its path and what to check', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
    const { io, out } = fakeIO({ cwd });
    const files = [
      path.resolve('tests/fixtures/import/jekyll-npm-eacces.md'),
      path.resolve('tests/fixtures/import/runbook-no-frontmatter.md'),
    ];
    expect(await main(['import', ...files, '--content', 'drafts'], io)).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(2);
    expect(readdirSync(path.join(cwd, 'drafts')).sort()).toEqual([
      'KUBERNETES_BACK_OFF_RESTARTING_001.md',
      'NODE_NPM_ERR_CODE_001.md',
    ]);
    expect(out.stderr).toContain('Check before publishing');
  });

  it('reports a file it cannot read and exits 1', async () => {
    const { io, out } = fakeIO({ cwd: mkdtempSync(path.join(tmpdir(), 'kb-import-')) });
    expect(await main(['import', 'missing.md'], io)).toBe(1);
    expect(out.stderr).toContain('cannot read missing.md: ENOENT');
  });
});
