import { stringify } from 'yaml';

/** Frontmatter of a valid entry; override any field, or set it to undefined to drop it. */
export function frontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    kb_id: 'TEST_ENTRY_001',
    category: 'devops',
    platform: 'linux',
    technologies: ['docker'],
    complexity: 2,
    criticality: 'high',
    created: '2026-02-17',
    tags: ['docker'],
    related_kb: [],
  };
  const merged = { ...base, ...overrides };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}

/** A valid body in the template; parts can be replaced. */
export function body(
  parts: Partial<Record<'title' | 'summary' | 'symptoms' | 'solution' | 'rest', string>> = {},
): string {
  return [
    parts.title ?? '# Container exits with exec format error',
    parts.summary ??
      '> **TL;DR**: `exec format error` → rebuild for the right `--platform`\n> **Fix Time**: ~5 min | **Platform**: Linux',
    parts.symptoms ??
      '## 🔍 This Is Your Problem If:\n\n- [ ] Log shows `exec /app: exec format error`\n- [ ] Image built on arm64\n\n**Where to Check**: `docker logs __CONTAINER__`',
    parts.solution ??
      '## ✅ SOLUTION (copy-paste)\n\n### 🎯 Integration Pattern: [Build Phase — Dockerfile]\n\n```bash\ndocker build --platform linux/amd64 -t __IMAGE_NAME__ .  # 🖍️ VAR\n```',
    parts.rest ?? '',
  ].join('\n\n');
}

/** A whole entry file: `---` YAML `---` then the body. */
export function entryFile(fm: Record<string, unknown> = frontmatter(), text: string = body()): string {
  return `---\n${stringify(fm)}---\n\n${text}\n`;
}
