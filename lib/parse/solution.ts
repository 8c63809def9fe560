import type { CodeBlock, CriticalItem, IntegrationPattern, VersionItem } from '../content/model';
import { type Block, type Group, groupByHeading, toMarkdown } from './blocks';
import { isCode, toCodeBlock } from './code';
import { keyword, stripMark } from './inline';
import { isList, listItems } from './lists';

/** What the solution section holds. */
interface SolutionPart {
  patterns: IntegrationPattern[];
  critical: CriticalItem[];
  versions: VersionItem[];
  notes: string[];
}

/** Reads integration patterns, Critical and Versions; other sub-sections stay Markdown notes. */
export function parseSolution(blocks: Block[]): SolutionPart {
  const part: SolutionPart = { patterns: [], critical: [], versions: [], notes: [] };
  for (const group of groupByHeading(blocks, 3)) {
    const k = keyword(group.title);
    // An Integration Pattern is one whatever its title says (`[CI Gate — test compatibility]` is no Versions list,
    // `[Deploy — must-have flags]` no Critical one): read as either, its commands were no pattern, and their
    // variables no part of the page.
    const named = group.heading !== null && /integration pattern/.test(k);
    if (!named && group.heading && /critical|required|prerequisite|must/.test(k)) {
      part.critical.push(
        ...group.blocks
          .filter(isList)
          .flatMap(listItems)
          .map((i) => critical(i.text)),
      );
      part.notes.push(...group.blocks.filter((b) => !isList(b)).map((b) => b.raw));
    } else if (!named && group.heading && /version|compatib/.test(k)) {
      part.versions.push(
        ...group.blocks
          .filter(isList)
          .flatMap(listItems)
          .map((i) => version(i.text)),
      );
      part.notes.push(...group.blocks.filter((b) => !isList(b)).map((b) => b.raw));
    } else if (group.blocks.some(isCode) || (group.heading && /pattern|integration|step/.test(k))) {
      part.patterns.push(pattern(group, part.patterns.length + 1));
    } else if (group.heading || group.blocks.length > 0) {
      part.notes.push(headed(group));
    }
  }
  return part;
}

function pattern(group: Group, index: number): IntegrationPattern {
  const heading = group.title.replace(/^.*?\bpattern\b\s*:?\s*/i, '').trim() || group.title || 'Solution';
  const inner = heading.replace(/^\[(.*)\]$/, '$1').trim();
  // A separator starts where a run of spaces starts: tried from inside the run, the pattern was quadratic in its length.
  const parts = inner.split(/(?<!\s)\s+[—–-]+\s+|(?<!\s)\s*\|\s*/);
  const blocks: CodeBlock[] = group.blocks.filter(isCode).map(toCodeBlock);
  const notes = group.blocks.filter((b) => !isCode(b)).map((b) => b.raw);
  return {
    heading,
    phase: parts.length > 1 ? parts[0] : inner || null,
    tool: parts.length > 1 ? parts.slice(1).join(' — ') : null,
    anchor: `pattern-${index}`,
    blocks,
    notes,
  };
}

function critical(text: string): CriticalItem {
  const m = /^\*\*(.+?)\*\*\s*(?:[—–:-]+\s*)?([\s\S]*)$/.exec(stripMark(text));
  return m ? { name: m[1], why: m[2].trim() } : { name: stripMark(text), why: '' };
}

function version(text: string): VersionItem {
  const m = /^\*\*(.+?)\*\*\s*:?\s*([\s\S]*)$/.exec(stripMark(text)) ?? /^([^:]{1,40}):\s*([\s\S]*)$/.exec(text);
  return m ? { label: m[1].replace(/:$/, ''), value: m[2].trim() } : { label: '', value: text };
}

/** A sub-section kept as Markdown, heading included. */
function headed(group: Group): string {
  const body = toMarkdown(group.blocks);
  return group.heading ? `${group.heading.raw.trim()}\n\n${body}`.trim() : body;
}
