import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import type { EntryModel } from '../../lib/content/model';
import { planCopy } from '../../lib/variables/copy-plan';
import { scriptChoices, verificationScript } from '../../lib/variables/script';

const HOSTILE = 'x\'; rm -rf ~ $(id) `id` "';
const dir = mkdtempSync(path.join(tmpdir(), 'kb-script-'));

/** Runs `bash -n` on a script; throws with bash's message when it does not parse. */
function bashSyntax(name: string, text: string): void {
  const file = path.join(dir, `${name}.sh`);
  writeFileSync(file, `${text}\n`);
  execFileSync('bash', ['-n', file], { stdio: 'pipe' });
}

const choicesOf = (entry: EntryModel) =>
  scriptChoices(
    entry.patterns.map((p) => ({ name: [p.phase ?? p.heading, p.tool].filter(Boolean).join(' — '), blocks: p.blocks })),
  );

describe('Copy all steps is a runnable script', async () => {
  const kb = await loadKb('content');
  const byId = new Map(kb.entries.map((e) => [e.id, e]));

  it.each(['CROSS_DOCKER_001', 'K8S_OOMKILLED_001', 'DOCKER_PULL_ACCESS_DENIED_001'])(
    '%s: every choice passes bash -n, empty or with hostile values',
    (id) => {
      const entry = byId.get(id)!;
      const choices = choicesOf(entry);
      expect(choices.length).toBeGreaterThan(0);
      const verification = verificationScript(entry.verification?.blocks ?? []);
      for (const [i, choice] of [...choices, ...(verification ? [verification] : [])].entries()) {
        expect(choice.shell).toBe('posix');
        expect(choice.template).toMatch(/^#!\/usr\/bin\/env bash\n.*\n.*\n\(\nset -euo pipefail\n/);
        for (const values of [{}, Object.fromEntries(entry.variables.map((n) => [n, HOSTILE]))]) {
          const plan = planCopy(choice.template, { values, lang: 'bash' });
          if (!plan.ok) throw new Error(plan.reason);
          bashSyntax(`${id}-${i}`, plan.text);
        }
      }
    },
  );

  it('alternatives are separate choices; verification is not in the fix', () => {
    const cross = choicesOf(byId.get('CROSS_DOCKER_001')!);
    expect(cross.map((c) => c.label)).toEqual([
      'Build Phase — Dockerfile: Option A (Build for specific platform)',
      'Build Phase — Dockerfile: Option B (Build multi-arch with buildx (recommended))',
    ]);
    expect(cross[0].template).toContain('docker build --platform linux/amd64');
    expect(cross[0].template).not.toContain('buildx');
    expect(cross[1].template).toContain('docker buildx build');
    expect(cross[1].template).not.toContain('docker inspect'); // verification is its own copy
  });

  it('a YAML block between shell blocks is left out with a comment naming it', () => {
    const [oom] = choicesOf(byId.get('K8S_OOMKILLED_001')!);
    expect(oom.template).toMatch(
      /# Left out: a yaml block \(\d+ lines\) that is not a shell command; copy it from the page\./,
    );
    expect(oom.template).not.toMatch(/^\s*resources:/m);
  });

  it('PowerShell patterns get a PowerShell script', () => {
    const [ps] = scriptChoices([
      { name: 'Windows', blocks: [{ lang: 'powershell', code: 'Get-Process -Id __PID__' }] },
    ]);
    expect(ps).toEqual({
      label: 'Windows',
      shell: 'powershell',
      template: "# Windows\n$ErrorActionPreference = 'Stop'\n\nGet-Process -Id __PID__",
    });
  });
});
