import matter from 'gray-matter';
import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FileDiagnostic } from './diagnostics';

/** The result of splitting a file: raw frontmatter data (unknown until validated) and the body. */
export interface SplitFile {
  /** Parsed YAML, or null when it is missing or broken. */
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Finds the line and column of a frontmatter field (deepest existing part of the path). */
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
  diagnostics: FileDiagnostic[];
}

/**
 * Splits frontmatter from body with gray-matter and parses the YAML with `yaml` (YAML 1.2, so
 * dates stay strings and every node keeps its position for diagnostics).
 */
export function splitFrontmatter(text: string): SplitFile {
  // Checked before gray-matter sees the text: it reads `---word` as the name of a parser engine and throws.
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return { data: null, body: text, bodyLine: 1, positionOf: () => ({ line: 1, column: 1 }), diagnostics: [noFrontmatter()] };
  }
  const file = matter(text, { engines: { yaml: () => ({}) }, language: 'yaml' });
  const prefix = text.endsWith(file.content) ? text.slice(0, text.length - file.content.length) : '';
  const bodyLine = prefix.split('\n').length;
  const lines = new LineCounter();
  const doc = parseDocument(file.matter, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostics = doc.errors.map((e): FileDiagnostic => ({
    ...(unclosedQuote(file.matter, e.code, e.message) ?? where(e.pos[0])),
    severity: 'error',
    code: 'yaml-syntax',
    message: `frontmatter is not valid YAML: ${firstLine(e.message)}`,
    hint: yamlHint(e.code),
  }));
  const positionOf = (path: readonly PropertyKey[]) => where(nodeAt(doc, path));
  let data: unknown = null;
  if (!diagnostics.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      diagnostics.push(aliasProblem(doc, error, where));
    }
  }
  return { data, body: file.content, bodyLine, positionOf, diagnostics };
}

/** Aliases may expand to at most this many nodes each (yaml's guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 50;

/**
 * `doc.toJS()` throws on an alias to an anchor that was never set and on alias bombs: turn that
 * into a positioned diagnostic instead of a crash (the other files' problems are still reported).
 */
function aliasProblem(doc: Document, error: unknown, where: (offset: number) => { line: number; column: number }): FileDiagnostic {
  const text = error instanceof Error ? error.message : String(error);
  const anchors = new Set<string>();
  let offset = 0;
  let found = false;
  visit(doc, (_key, node) => {
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.add(anchor);
    if (!found && isAlias(node)) {
      if (!anchors.has(node.source) || !/unresolved/i.test(text)) {
        offset = node.range?.[0] ?? 0;
        found = true;
      }
    }
  });
  const unresolved = /unresolved|anchor/i.test(text) && !/excessive/i.test(text);
  return {
    ...where(offset), severity: 'error', code: 'yaml-syntax',
    message: unresolved
      ? `frontmatter is not valid YAML: alias refers to an anchor that is not defined before it`
      : `frontmatter is not valid YAML: ${firstLine(text)}`,
    hint: unresolved
      ? 'define the anchor (`&name`) before using `*name`, or quote the value if `*` is meant literally'
      : `aliases may expand to at most ${MAX_ALIAS_COUNT} nodes; write the values out instead of nesting aliases`,
  };
}

/** Offset of the deepest node on `path` (the key for map entries), or 0. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/**
 * YAML notices a missing closing quote only where the document ends; the author needs the line
 * where the quoted value opened: the first line whose value starts a quote it never closes.
 */
function unclosedQuote(source: string, code: string, message: string): { line: number; column: number } | null {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return null;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?[^:#]*:\s*|\s*-\s+)(["'])(.*)$/.exec(lines[i]);
    if (m && !closes(m[3], m[2])) return { line: i + 1, column: m[1].length + 1 };
  }
  return null;
}

function closes(rest: string, quote: string): boolean {
  return quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.includes("'");
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'remove or rename the repeated key; each field appears once';
  if (code.includes('QUOTE')) return 'close the quoted string on the same line, or quote the whole value';
  if (code.includes('INDENT') || code === 'BAD_INDENT') return 'indent nested values consistently with spaces (no tabs)';
  return 'check this line: quote values containing `:` or `#`, close brackets and quotes, indent with spaces';
}

function noFrontmatter(): FileDiagnostic {
  return {
    line: 1, column: 1, severity: 'error', code: 'frontmatter-missing',
    message: 'the file does not start with a `---` frontmatter block',
    hint: 'start the file with `---`, the fields (kb_id, category, platform, …), then `---`',
  };
}
