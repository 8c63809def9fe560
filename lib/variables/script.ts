import { shellKind } from './quote';

/** A block as the script builder needs it: its language and code (placeholders kept). */
interface ScriptBlock {
  lang: string | null;
  code: string;
}

/** One way through the fix: a label for its button, the shell it runs in, and the script's template. */
export interface ScriptChoice {
  label: string;
  shell: 'posix' | 'powershell';
  template: string;
}

const OPTION = /^[ \t]*#[ \t]*Option[ \t]+([A-Z0-9]+)\b[ \t]*[:.)-]?[ \t]*(.*)$/i;

/**
 * The fix as runnable scripts, one per alternative: each integration pattern is a choice, and a
 * block that offers `# Option A:` / `# Option B:` splits its pattern into one choice per option
 * (lines before the first option go into every one). Only shell blocks are run; other blocks
 * (YAML, Dockerfile, JSON) are left out with a comment naming them.
 */
export function scriptChoices(
  patterns: ReadonlyArray<{ name: string; blocks: readonly ScriptBlock[] }>,
): ScriptChoice[] {
  const choices: ScriptChoice[] = [];
  for (const pattern of patterns) {
    const shell = mainShell(pattern.blocks);
    if (shell === null) continue;
    const split = pattern.blocks.findIndex((b) => shellKind(b.lang) === shell && optionChunks(b.code) !== null);
    const variants =
      split < 0
        ? [{ label: pattern.name, blocks: pattern.blocks }]
        : (optionChunks(pattern.blocks[split].code) ?? []).map((o) => ({
            label: `${pattern.name}: ${o.label}`,
            blocks: pattern.blocks.map((b, i) => (i === split ? { lang: b.lang, code: o.code } : b)),
          }));
    for (const v of variants) choices.push({ label: v.label, shell, template: script(v.blocks, shell, v.label) });
  }
  return choices;
}

/** The verification commands as their own script, or null when there are none to run. */
export function verificationScript(blocks: readonly ScriptBlock[]): ScriptChoice | null {
  const shell = mainShell(blocks);
  return shell === null ? null : { label: 'Verification', shell, template: script(blocks, shell, 'Verification') };
}

function mainShell(blocks: readonly ScriptBlock[]): 'posix' | 'powershell' | null {
  for (const b of blocks) {
    const kind = shellKind(b.lang);
    if (kind !== 'none') return kind;
  }
  return null;
}

/** Splits a block at `# Option X:` comments; null when it has fewer than two options. */
function optionChunks(code: string): { label: string; code: string }[] | null {
  const lines = code.split('\n');
  const starts = lines.flatMap((line, i) => (OPTION.test(line) ? [i] : []));
  if (starts.length < 2) return null;
  const common = lines.slice(0, starts[0]);
  return starts.map((start, k) => {
    const m = OPTION.exec(lines[start])!;
    const body = lines.slice(start, starts[k + 1] ?? lines.length);
    return { label: `Option ${m[1]}${m[2] ? ` (${m[2].trim()})` : ''}`, code: [...common, ...body].join('\n').trim() };
  });
}

function script(blocks: readonly ScriptBlock[], shell: 'posix' | 'powershell', label: string): string {
  const parts: string[] = [];
  for (const b of blocks) {
    const kind = shellKind(b.lang);
    if (kind === shell) parts.push(b.code.trimEnd());
    else
      parts.push(
        `# Left out: a ${b.lang ?? 'text'} block (${b.code.split('\n').length} lines) that is not a ${shell === 'posix' ? 'shell' : 'PowerShell'} command; copy it from the page.`,
      );
  }
  const body = parts.filter((p) => p !== '').join('\n\n');
  const title = `# ${label.replace(/\s+/g, ' ')}`;
  if (shell === 'powershell') return `${title}\n$ErrorActionPreference = 'Stop'\n\n${body}`;
  return `#!/usr/bin/env bash\n${title}\n# Runs in a subshell that stops at the first error, so pasting it cannot close your terminal.\n(\nset -euo pipefail\n\n${body}\n)`;
}
