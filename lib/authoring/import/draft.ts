import type { Tokens } from 'marked';
import { type Block, groupByHeading, lexBlocks } from '../../parse/blocks';
import { inlineCodeSpans } from '../../parse/inline';
import { SLUG_PATTERN } from '../../content/schema';
import { idPrefix, nextFreeId } from '../next-id';
import { isShellLang } from '../../content/shell-langs';
import { classifyBlock, isCommandLine, isErrorLine, technologiesIn } from './classify';
import { type FoundPlaceholder, rewritePlaceholders } from './placeholders';
import { readPost } from './source';

/** A draft entry made from a post, and what its author must still check. */
export interface Draft {
  id: string;
  markdown: string;
  /** Things the importer guessed or could not find, for the author to check, in file order. */
  checks: string[];
}

interface Section {
  title: string;
  blocks: Block[];
}

const VERIFY_HEADING = /verif|confirm|test(ing)? (it|the fix)|check (it|that)|make sure/i;
const PROBLEM_HEADING = /problem|error|symptom|issue|what happen/i;
const DIAGNOSE_HEADING = /diagnos|investigat|where to (look|check)|find out|debug/i;
const CAUSE = /\b(because|caused by|occurs when|happens when|due to|the reason)\b/i;
const LEADING_VERBS =
  /^(how to\s+)?(solving|solve|fixing|fix|resolving|resolve|troubleshooting|debugging|handling|understanding|dealing with)\s+(the\s+)?/i;

/** Turns a blog post or runbook (Markdown, optional frontmatter) into a draft entry. Pure and deterministic. */
export function draftFromPost(text: string, options: { existingIds: string[]; today: string }): Draft {
  const post = readPost(text);
  const blocks = lexBlocks(post.body, post.bodyLine);
  const title = post.meta.title ?? firstHeading(blocks) ?? 'Untitled problem';
  const sections = groupByHeading(
    blocks.filter((b) => !(b.token.type === 'heading' && b.token.depth === 1)),
    2,
  ).map((g) => ({ title: g.title, blocks: g.blocks }));
  const technologies = slugs(
    post.meta.tags.length ? post.meta.tags : codeBlocks(blocks).flatMap((c) => technologiesIn(c.text)),
  );
  const checks: string[] = [];
  const symptoms = findSymptoms(sections);
  // The last part of the first error chain names the problem (`exec /bin/sh: exec format error` → exec format error).
  const naming =
    symptoms[0]
      ?.split(/:\s+/)
      .filter((p) => /[a-z]{3}/i.test(p))
      .at(-1) ?? title.replace(LEADING_VERBS, '');
  const id = nextFreeId(idPrefix(technologies[0] ?? 'kb', naming), options.existingIds);
  const { patterns, verification, found, diagnose } = findCode(sections);
  const rootCause = findRootCause(sections);
  const tldr = post.meta.description ?? paragraphs(sections)[0] ?? 'TODO: the fix in one line';

  checks.push(`title: "${title}" (from the post): name the problem as a reader would search for it`);
  checks.push('category, platform, complexity, criticality: guessed; set them');
  if (technologies.length === 0) checks.push('technologies: the post has no tags; name at least one');
  if (symptoms.length === 0)
    checks.push('symptoms: no error line found; add `- [ ]` items with the exact error text in backticks');
  else checks.push(`symptoms: ${symptoms.length} taken from error lines; add what the reader sees around them`);
  if (patterns.length === 0) checks.push('solution: no command block found; add the commands that fix it');
  for (const v of unique(found))
    checks.push(`variable ${v.name}: was \`${v.original}\` in the post; check its description and add an example`);
  if (!verification)
    checks.push('verification: the post has none; add a command that shows the fix worked and its Expected output');
  if (!rootCause) checks.push('context: no root cause found in the prose; write one');

  const markdown = [
    frontmatter(id, technologies, post.meta.date ?? options.today, found),
    `# ${title}`,
    '',
    `> **TL;DR**: ${oneLine(tldr)}`,
    `> **Fix Time**: ~10 min | **Platform**: Any OS`,
    '',
    '## 🔍 This Is Your Problem If:',
    '',
    ...symptoms.map((s) => `- [ ] The output shows \`${s}\``),
    '',
    ...(diagnose.length ? [`**Where to Check**: ${diagnose.map((c) => `\`${c}\``).join(', ')}`, ''] : []),
    '## ✅ SOLUTION (copy-paste)',
    '',
    ...patterns,
    ...(verification
      ? [
          '## ✔️ Verification (<30 sec)',
          '',
          verification,
          '',
          '**Expected**:',
          '✓ TODO: what the command prints when the fix worked',
          '',
        ]
      : []),
    ...(rootCause ? ['## 💡 Context (optional)', '', `**Root Cause**: ${oneLine(rootCause)}`, ''] : []),
  ]
    .join('\n')
    .replace(/(?<!\n)\n*$/, '\n');
  return { id, markdown, checks };
}

function firstHeading(blocks: Block[]): string | null {
  const h = blocks.find((b) => b.token.type === 'heading' && b.token.depth === 1);
  return h ? (h.token as Tokens.Heading).text.trim() : null;
}

function slugs(words: string[]): string[] {
  const out = words
    .map((w) =>
      w
        .toLowerCase()
        .trim()
        .replace(/[\s_]+/g, '-'),
    )
    .filter((w) => SLUG_PATTERN.test(w));
  return [...new Set(out)];
}

/** Error strings: lines of error-only code blocks, then inline code in prose that reads like an error. */
function findSymptoms(sections: Section[]): string[] {
  const found: string[] = [];
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.token.type === 'code') {
        const code = b.token as Tokens.Code;
        if (classifyBlock(code.text, code.lang ?? '') === 'error')
          found.push(...code.text.split('\n').filter(isErrorLine));
      } else if (b.token.type === 'paragraph' || b.token.type === 'list') {
        found.push(...inlineCodeSpans(b.raw).filter(isErrorLine));
      }
    }
  }
  const lines = [...new Set(found.map((l) => l.trim().replace(/`/g, "'")))];
  // A line that only repeats a shorter error string around it adds noise to the checklist.
  return lines.filter((l) => !lines.some((o) => o !== l && l.includes(o))).slice(0, 6);
}

function codeBlocks(blocks: Block[]): Tokens.Code[] {
  return blocks.filter((b) => b.token.type === 'code').map((b) => b.token as Tokens.Code);
}

/** Command and config blocks become integration patterns (one per section); a verification section's block is kept apart. */
function findCode(sections: Section[]): {
  patterns: string[];
  verification: string | null;
  found: FoundPlaceholder[];
  diagnose: string[];
} {
  const found: FoundPlaceholder[] = [];
  const diagnose: string[] = [];
  const fixes: { title: string; parts: string[]; problem: boolean }[] = [];
  let verification: string | null = null;
  for (const s of sections) {
    const parts: string[] = [];
    let lastProse: string | null = null;
    for (const b of s.blocks) {
      if (b.token.type !== 'code') {
        if (b.token.type === 'paragraph') lastProse = b.raw;
        continue;
      }
      const code = b.token as Tokens.Code;
      const lang = (code.lang ?? '').trim().split(/\s/)[0].toLowerCase();
      const kind = classifyBlock(code.text, lang);
      if (kind === 'error' || kind === 'output') continue;
      const rewritten = rewritePlaceholders(code.text, isShellLang(lang));
      found.push(...rewritten.found);
      const fence = `\`\`\`${lang || (kind === 'command' ? 'bash' : '')}\n${rewritten.code}\n\`\`\``;
      if (DIAGNOSE_HEADING.test(s.title) && kind === 'command')
        diagnose.push(
          ...rewritten.code
            .split('\n')
            .filter((l) => isCommandLine(l) && !l.includes('`'))
            .map((l) => l.trim()),
        );
      else if (VERIFY_HEADING.test(s.title) && !verification) verification = fence;
      else parts.push(...(lastProse ? [lastProse, ''] : []), fence, '');
      lastProse = null;
    }
    if (parts.length > 0) fixes.push({ title: s.title || 'Fix', parts, problem: PROBLEM_HEADING.test(s.title) });
  }
  // Commands under "The Problem" reproduce it; they are the fix only when the post has no other commands.
  const chosen = fixes.some((f) => !f.problem) ? fixes.filter((f) => !f.problem) : fixes;
  const patterns = chosen.flatMap((f) => [`### 🎯 Integration Pattern: [${f.title}]`, '', ...f.parts]);
  return { patterns, verification, found, diagnose };
}

/** A paragraph that explains why: first one under a problem or cause heading, else the first anywhere. */
function findRootCause(sections: Section[]): string | null {
  const explained = sections.filter((s) => PROBLEM_HEADING.test(s.title) || /cause|why/i.test(s.title));
  return paragraphs(explained).find((p) => CAUSE.test(p)) ?? paragraphs(sections).find((p) => CAUSE.test(p)) ?? null;
}

function paragraphs(sections: Section[]): string[] {
  return sections.flatMap((s) => s.blocks.filter((b) => b.token.type === 'paragraph').map((b) => b.raw));
}

function frontmatter(id: string, technologies: string[], created: string, found: FoundPlaceholder[]): string {
  const vars = unique(found).map(
    (v) => `  ${v.name}:\n    description: ${JSON.stringify(`TODO: what to type (the post wrote ${v.original})`)}`,
  );
  return [
    '---',
    `kb_id: "${id}"`,
    'category: "devops"',
    'platform: "cross-platform"',
    `technologies: [${(technologies.length ? technologies : ['todo']).join(', ')}]`,
    'complexity: 2',
    'criticality: "medium"',
    `created: "${created}"`,
    `tags: [${technologies.join(', ')}]`,
    'related_kb: []',
    ...(vars.length ? ['variables:', ...vars] : []),
    '---',
    '',
  ].join('\n');
}

function unique(found: FoundPlaceholder[]): FoundPlaceholder[] {
  const seen = new Map<string, FoundPlaceholder>();
  for (const f of found) if (!seen.has(f.name)) seen.set(f.name, f);
  return [...seen.values()];
}

function oneLine(markdown: string): string {
  return markdown.replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
}
