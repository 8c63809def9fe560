/** What `kb new` asks for. */
interface NewEntryFields {
  id: string;
  title: string;
  category: string;
  platform: string;
  technologies: string[];
  /** `YYYY-MM-DD` */
  created: string;
}

/** The parts of a new entry the author must still write, in the order they appear in the file. */
export const STILL_TO_WRITE = [
  'TL;DR: the fix in one line',
  'This Is Your Problem If: symptom items (`- [ ]`), with the exact error text in backticks',
  'SOLUTION: at least one code block under an Integration Pattern heading',
  'Verification: the check command and what it should print (Expected)',
  'Fallback: an option for when the main fix did not work (optional)',
  'Context: the root cause (optional)',
];

/** The JSON Schema reference for editors (the YAML language server reads this comment), relative to the entry. */
function schemaModeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * A new entry's Markdown: the frontmatter filled in, every section of the template as a heading
 * with a short note on what goes there. The symptom list and the solution's code block are left
 * empty on purpose, so `kb validate` keeps the entry out of the site until the author writes them.
 */
export function renderEntryTemplate(fields: NewEntryFields, schemaPath = '../schema/frontmatter.schema.json'): string {
  const technologies = fields.technologies.join(', ');
  return `---
${schemaModeline(schemaPath)}
kb_id: ${yamlString(fields.id)}
category: ${yamlString(fields.category)}
platform: ${yamlString(fields.platform)}
technologies: [${technologies}]
complexity: 2
criticality: "medium"
created: ${yamlString(fields.created)}
tags: [${fields.technologies[0] ?? ''}]
related_kb: []
---

# ${fields.title}

> **TL;DR**: TODO — the fix in one line: \`error text\` → what to do
> **Fix Time**: ~5 min | **Platform**: ${fields.platform}

---

## 🔍 This Is Your Problem If:

<!-- TODO: one "- [ ]" item per symptom; put the exact error text in backticks, e.g.
- [ ] The build fails with \`exec format error\`
-->

**Where to Check**: TODO — the commands that show the symptom, e.g. \`docker logs __CONTAINER__\`

---

## ✅ SOLUTION (copy-paste)

### 🎯 Integration Pattern: [Phase — Tool]

<!-- TODO: a fenced code block with the commands; write the reader's own values as
__VARIABLE_NAME__ placeholders (declare them under variables: in the frontmatter) -->

### ⚡ Critical (won't work without this):
- ✓ **TODO** — what must be true for the fix to work

---

## ✔️ Verification (<30 sec)

<!-- TODO: a code block with the command that shows the fix worked -->

**Expected**:
✓ TODO — what the command prints when the fix worked

---

## 🔄 Fallback (if main solution failed)

### Option 1: TODO
**When**: TODO | **Risks**: TODO

---

## 💡 Context (optional)

**Root Cause**: TODO
`;
}
