import { describe, expect, it } from 'vitest';
import { isBareCommand, isCommand } from '../../lib/search/weak-string-check';
import { toSearchDocument } from '../../lib/search/documents';
import { parseEntryFile } from '../../lib/content/entry';

const programs = new Set(['git', 'docker', 'npm', 'typeorm', 'bazel', 'gcloud', 'apk', 'vagrant']);

describe('a command with no option quoted as an error string', () => {
  it.each([
    ['git pull', true],
    ['docker run', true],
    ['npm run build', true],
    ['typeorm migration:run', true],
    ['bazel build ...', true],
    ['sudo apk add', true],
    ['gcloud compute instances create', true],
    // more than four words: a sentence, not a command one backticks
    ['gcloud compute instances create app-1 now', false],
    // the first word is no program the KB runs
    ['value moved here', false],
    ['mutable borrow occurs here', false],
    ['kafka consumer', false],
    // an error word: the string says what failed
    ['git pull failed', false],
    ['npm error', false],
    ['docker denied', false],
    // punctuation or capitals: what a tool prints, not what the reader types
    ['git: not a git repository', false],
    ['Git pull', false],
    ['npm ERR! code E404', false],
    // one word is the lone-word rule's, not a command
    ['git', false],
  ])('%j → %j', (text, expected) => {
    expect(isBareCommand(text, programs)).toBe(expected);
  });

  it('leaves a command with an option to isCommand, which needs no KB', () => {
    expect(isCommand('git commit -a')).toBe(true);
    expect(isBareCommand('git commit -a', programs)).toBe(false);
  });

  it('does not backtrack on a long string that almost fits (a guard against a slow pattern, not a timing figure)', () => {
    // 100 KB: linear, it takes well under a millisecond; quadratic, it would take many seconds.
    const long = `git ${'a '.repeat(50_000)}!`;
    const started = performance.now();
    expect(isBareCommand(long, programs)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('the programs an entry runs', () => {
  const entry = (body: string) =>
    parseEntryFile(
      'X_001.md',
      `---
kb_id: "X_001"
category: "backend"
platform: "linux"
technologies: [git]
complexity: 1
criticality: "low"
created: "2026-12-07"
tags: [git]
related_kb: []
---

# A title

> **TL;DR**: a summary
> **Fix Time**: ~1 min | **Platform**: Linux

---

## 🔍 This Is Your Problem If:

- [ ] \`fatal: something failed\`

**Where to Check**: \`git status\`, \`sudo journalctl -u nginx\`

---

## ✅ SOLUTION (copy-paste)

### 🎯 Integration Pattern: [Local — git]

${body}
`,
    );

  it('reads the first word of each command line of Where to Check and of shell blocks', () => {
    const parsed = entry(
      "```bash\n# a comment\n$ docker run --rm app\nGIT_SSH_COMMAND='ssh -v' git pull\nsudo -E kubectl get pods\n```\n\n```yaml\nimage: app\n```",
    );
    expect(parsed.entry).not.toBeNull();
    expect(toSearchDocument(parsed.entry!).programs.sort()).toEqual(['docker', 'git', 'journalctl', 'kubectl']);
  });
});
