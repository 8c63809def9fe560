/**
 * Writes a synthetic KB of N entries in the template, for benchmarks. Deterministic for a seed.
 * Entries vary in technology, error strings, number of patterns and fallbacks, and variables.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TECH = ['docker', 'kubernetes', 'git', 'node', 'python', 'linux', 'nginx', 'postgres', 'redis', 'terraform'];
const WORDS = (
  'connection refused timeout denied missing invalid expired failed cannot open read write socket ' +
  'certificate module package image container volume network port host user permission config token cache ' +
  'memory disk quota lock file path version mismatch unsupported architecture signal killed'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** One synthetic entry file. */
export function syntheticEntry(i: number, n: number, random: () => number): { id: string; text: string } {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const tech = TECH[i % TECH.length];
  const id = `SYN_${tech.toUpperCase()}_${String(i).padStart(5, '0')}`;
  const related =
    n > 1 ? [`SYN_${TECH[((i + 1) % n) % TECH.length].toUpperCase()}_${String((i + 1) % n).padStart(5, '0')}`] : [];
  const error = `${tech}: error ${1000 + i}: ${words(4)} at /var/lib/${tech}/${words(1)}`;
  const patterns = 1 + (i % 2);
  const fallbacks = i % 4;
  const pattern = (p: number) =>
    `### 🎯 Integration Pattern: [Phase ${p} — ${tech}]\n\n\`\`\`bash\n${tech} ${words(2)} --name __APP_NAME__  # 🖍️ VAR\n${tech} restart __APP_NAME__ --port __PORT__  # 🖍️ VAR\n\`\`\``;
  const fallback = (f: number) =>
    `### Option ${f}: ${words(3)}\n\`\`\`bash\n${tech} ${words(3)}\n\`\`\`\n**When**: ${words(5)} | **Risks**: ${words(4)}`;
  const text = `---
kb_id: ${id}
category: ${tech === 'kubernetes' ? 'kubernetes' : 'devops'}
platform: linux
technologies: [${tech}]
complexity: ${1 + (i % 5)}
criticality: ${['low', 'medium', 'high', 'critical'][i % 4]}
created: "2026-0${1 + (i % 9)}-1${i % 9}"
tags: [${tech}, ${pick(WORDS)}]
related_kb: [${related.join(', ')}]
---

# ${tech} ${words(5)} (${i})

> **TL;DR**: \`${error}\` → ${words(8)}
> **Fix Time**: ~${1 + (i % 30)} min | **Platform**: Linux

## 🔍 This Is Your Problem If:

- [ ] Log contains \`${error}\`
- [ ] ${words(10)}
- [ ] ${words(8)} after \`${tech} ${words(1)}\`

**Where to Check**: \`${tech} logs __APP_NAME__\`, \`journalctl -u ${tech}\`

## ✅ SOLUTION (copy-paste)

${Array.from({ length: patterns }, (_, p) => pattern(p + 1)).join('\n\n')}

### ⚡ Critical (won't work without this):
- ✓ **${words(2)}** — ${words(8)}

### 📌 Versions:
- **Works**: ${tech} ${1 + (i % 20)}.x

## ✔️ Verification (<30 sec)

\`\`\`bash
${tech} status __APP_NAME__  # 🖍️ VAR
\`\`\`

**Expected**:
✓ ${words(6)}

${fallbacks ? `**If it didn't work** → see Fallback below ⤵\n\n## 🔄 Fallback (if main solution failed)\n\n${Array.from({ length: fallbacks }, (_, f) => fallback(f + 1)).join('\n\n')}\n` : ''}
## 💡 Context (optional)

**Root Cause**: ${words(30)}

**Best Practice**: ${words(15)}

**Applicable**: ${tech} ${words(3)}
**Frequency**: ${pick(['Rare', 'Common', 'Very common'])}
`;
  return { id, text };
}

/** Writes N entries into `dir` (emptied first). */
export async function writeSyntheticKb(dir: string, n: number, seed = 42): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const random = rng(seed);
  for (let i = 0; i < n; i += 500) {
    const batch = Array.from({ length: Math.min(500, n - i) }, (_, k) => syntheticEntry(i + k, n, random));
    await Promise.all(batch.map((e) => writeFile(path.join(dir, `${e.id}.md`), e.text)));
  }
}
