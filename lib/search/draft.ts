import { isBoilerplate } from './boilerplate';
import { weighLines } from './signals';
import { isSystemMessage } from './system-messages';

/**
 * A draft entry for an error the KB does not cover: the pasted error as its first symptom, every
 * other part a TODO the author replaces. Valid as it stands (`kb validate` passes), so it can be
 * saved and filled in. Browser-safe.
 */

/** The id a draft gets; the author renames the file and the id together. */
export const DRAFT_ID = 'NEW_ENTRY_001';

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** A timestamp opening the line (ISO, syslog): it differs on every run, so it is no part of a symptom. */
const LEADING_TIME =
  /^\s*(?:\d{4}-\d{2}-\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?|[A-Z][a-z]{2}\s+\d{1,2}\s+[\d:]{8})\s*/;

/** Longest error line quoted in a draft, in characters. */
const MAX_SYMPTOM_CHARS = 300;

/**
 * The line of a paste that reads most like the error, without colour codes or a leading timestamp: the first of the heaviest,
 * passing over headers that end in a colon (`Traceback (most recent call last):`) and lines search would never take
 * alone as an error (a tool's boilerplate such as pip's `error: subprocess-exited-with-error`, a bare system error or
 * HTTP status), so the draft's first string is one `kb validate` accepts without a warning whenever the paste has one.
 */
export function errorLine(paste: string): string {
  const all = paste.split(/\r?\n/);
  const quotable = (text: string) => !/:\s*$/.test(text) && !isBoilerplate(text) && !isSystemMessage(text);
  const rank = (l: { weight: number; line: number }) => l.weight + (quotable(all[l.line] ?? '') ? 1 : 0);
  const lines = weighLines(paste);
  const best = lines.reduce<(typeof lines)[number] | null>(
    (top, l) => (top === null || rank(l) > rank(top) ? l : top),
    null,
  );
  const raw = best === null ? paste.trim() : (all[best.line] ?? '');
  const text = raw.replace(ANSI, '').replace(LEADING_TIME, '').replace(/\s+/g, ' ').trim().slice(0, MAX_SYMPTOM_CHARS);
  return text === '' ? 'TODO: the error message' : text;
}

/** The draft entry as a Markdown file, with `today` (YYYY-MM-DD) as its creation date. */
export function draftEntry(paste: string, today: string): string {
  const error = errorLine(paste).replaceAll('`', "'");
  return `---
kb_id: "${DRAFT_ID}"
category: "todo"
platform: "cross-platform"
technologies: [todo]
complexity: 2
criticality: "medium"
created: "${today}"
tags: [todo]
related_kb: []
---

# TODO: what went wrong, in the words of the error

> **TL;DR**: TODO: the cause → the fix, in one line
> **Fix Time**: ~5 min | **Platform**: TODO

---

## 🔍 This Is Your Problem If:

- [ ] The output contains \`${error}\`

---

## ✅ SOLUTION (copy-paste)

### 🎯 Integration Pattern: [TODO — tool]

\`\`\`bash
# TODO: the commands that fix it
\`\`\`
`;
}
