import type { CodeBlock, EntryModel } from '../content/model';
import { splitCounters } from '../parse/symptoms';
import { characterName, planCopy, type CopyPlan } from '../variables/copy-plan';
import { unfilledVariables, type VariableValues } from '../variables/substitute';

/**
 * Markdown inline marks that a terminal cannot show: `**bold**`, `[text](url)`, backslash escapes. Each part of a link
 * stops at the bracket that would open the next one, so an attempt that fails ends there: with `[^\]]*`, a line of
 * 80,000 `[` (or of `[a](`) took `kb show` 20 s (6 s), every `[` scanning to the end of the line.
 */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^[\]]*)\]\(([^()[\]\s]*)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\s)_([^_]+)_(?=\s|$)/g, '$1$2')
    .replace(/\\([\\`*_[\]()#+\-.!])/g, '$1')
    .trim();
}

/**
 * A command with the reader's values filled in exactly as the page's Copy button fills it: control characters
 * removed, each value quoted for the block's shell where it stands, so text copied from the terminal runs
 * the command and nothing else. `quoted` collects the names that needed quotes. Values are checked before.
 */
function filled(template: string, lang: string | null, values: VariableValues, quoted: Set<string>): string {
  return fill(planCopy(template, { values, lang }), template, quoted);
}

/** The plan's text (its quoted names added to `quoted`), or the template as written when the plan refused it. */
function fill(plan: CopyPlan, template: string, quoted: Set<string>): string {
  if (!plan.ok) return template;
  for (const name of plan.quoted) quoted.add(name);
  return plan.text;
}

/**
 * A block indented for reading. A value the page's Copy would keep out of it (one that could be code where it goes
 * in as typed) leaves the block as written, with a line saying why.
 */
function code(block: CodeBlock, values: VariableValues, quoted: Set<string>): string {
  const plan = planCopy(block.code, { values, lang: block.lang });
  const lines = fill(plan, block.code, quoted)
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`);
  if (!plan.ok && plan.unsafe) {
    const { name, char, where } = plan.unsafe;
    lines.push(
      `    (${name} is not filled in here: it holds ${characterName(char)}, which ${where} could read as code)`,
    );
  }
  return lines.join('\n');
}

function heading(title: string): string {
  return `\n${title}\n${'─'.repeat(Math.min(title.length, 60))}`;
}

/**
 * An entry as plain text for a terminal: summary, symptoms, where to check, the solution's commands
 * with the reader's values filled in, verification and what to expect, fallbacks, root cause, and
 * the variables still to fill. Pure: `kb show` prints it.
 */
export function entryText(entry: EntryModel, values: VariableValues, url: string): string {
  const quoted = new Set<string>();
  const out: string[] = [`${entry.id}  ${entry.title}`, plain(entry.tldr)];
  if (entry.fixTime) out.push(`Fix time: ${entry.fixTime}`);
  out.push(url);
  const { signs, counters } = splitCounters(entry.symptoms);
  out.push(heading('This is your problem if'), ...signs.map((s) => `  [ ] ${plain(s.text)}`));
  if (counters.length) out.push('', 'Not this problem:', ...counters.map((s) => `  ✗ ${plain(s.text)}`));
  if (entry.whereToCheck.length)
    out.push('', 'Where to check:', ...entry.whereToCheck.map((c) => `    ${filled(c.code, null, values, quoted)}`));
  out.push(heading('Solution'));
  for (const p of entry.patterns) out.push('', p.heading, ...p.blocks.map((b) => code(b, values, quoted)));
  if (entry.critical.length)
    out.push('', 'Critical:', ...entry.critical.map((c) => `  ✓ ${plain(c.name)} — ${plain(c.why)}`));
  if (entry.verification) {
    out.push(heading('Verification'), ...entry.verification.blocks.map((b) => code(b, values, quoted)));
    if (entry.verification.expected.length)
      out.push('', 'Expected:', ...entry.verification.expected.map((e) => `  ✓ ${plain(e)}`));
  }
  if (entry.fallbacks.length) {
    out.push(heading('Fallback'));
    for (const f of entry.fallbacks) {
      out.push(
        '',
        `Option ${f.number ?? ''}: ${f.title}`.replace('Option : ', 'Option: '),
        ...f.blocks.map((b) => code(b, values, quoted)),
      );
      if (f.when) out.push(`  When: ${plain(f.when)}`);
      if (f.risks) out.push(`  Risks: ${plain(f.risks)}`);
    }
  }
  if (entry.context?.rootCause) out.push(heading('Root cause'), plain(entry.context.rootCause));
  const unfilled = unfilledVariables(allCode(entry), values);
  if (quoted.size) out.push('', `Put in quotes for the shell: ${[...quoted].join(', ')}`);
  if (unfilled.length) out.push('', `Not filled in: ${unfilled.join(', ')} (fill with --var NAME=value)`);
  return `${out.join('\n')}\n`;
}

function allCode(entry: EntryModel): string {
  const blocks = [
    ...entry.patterns.flatMap((p) => p.blocks),
    ...(entry.verification?.blocks ?? []),
    ...entry.fallbacks.flatMap((f) => f.blocks),
  ];
  return [...blocks.map((b) => b.code), ...entry.whereToCheck.map((c) => c.code)].join('\n');
}
