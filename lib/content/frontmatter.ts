import matter from 'gray-matter';
import { type Alias, isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FileDiagnostic } from '../diagnostics';

/** The result of splitting a file: raw frontmatter data (unknown until validated) and the body. */
interface SplitFile {
  /** Parsed YAML, or null when it is missing or broken. */
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Finds the line and column of a frontmatter field (deepest existing part of the path). */
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
  diagnostics: FileDiagnostic[];
  /**
   * When the YAML is broken: the fields that still parse once the broken lines are set aside, so the
   * rest of the frontmatter is checked in the same run; `skipped` names the keys of the lines set aside.
   */
  recovered: { data: unknown; skipped: string[]; positionOf: SplitFile['positionOf'] } | null;
}

/**
 * Splits frontmatter from body with gray-matter and parses the YAML with `yaml` (YAML 1.2, so
 * dates stay strings and every node keeps its position for diagnostics).
 */
export function splitFrontmatter(text: string): SplitFile {
  // Checked before gray-matter sees the text: it reads `---word` as the name of a parser engine and throws.
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return {
      data: null,
      body: text,
      bodyLine: 1,
      positionOf: () => ({ line: 1, column: 1 }),
      diagnostics: [noFrontmatter()],
      recovered: null,
    };
  }
  const file = matter(text, { engines: { yaml: () => ({}) }, language: 'yaml' });
  const prefix = text.endsWith(file.content) ? text.slice(0, text.length - file.content.length) : '';
  const bodyLine = prefix.split('\n').length;
  return { ...parseYaml(file.matter), body: file.content, bodyLine };
}

/** YAML text parsed for checking: the data, where each field is, and what is wrong. */
type ParsedYaml = Pick<SplitFile, 'data' | 'positionOf' | 'diagnostics' | 'recovered'>;

/**
 * Parses YAML with `yaml` (YAML 1.2, so dates stay strings and every node keeps its position). Broken
 * YAML gives diagnostics at the line (and what still parses around it in `recovered`); aliases are bounded.
 * `what` names the text in messages: the entry's frontmatter, or a file such as `_variables.yml`.
 */
export function parseYaml(source: string, what = 'frontmatter'): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostics = doc.errors.map((e): FileDiagnostic => ({
    ...(unclosedQuote(source, e.code, e.message) ?? where(e.pos[0])),
    severity: 'error',
    code: 'yaml-syntax',
    message: `${what} is not valid YAML: ${firstLine(e.message)}`,
    // YAML names an unclosed quote MISSING_CHAR at the end of the document; the hint is the quote one.
    hint: yamlHint(unclosedQuote(source, e.code, e.message) ? 'QUOTE' : e.code),
  }));
  const positionOf = (path: readonly PropertyKey[]) => where(nodeAt(doc, path));
  const data = diagnostics.length ? null : toData(doc, what);
  if (data instanceof AliasProblem)
    diagnostics.push({
      ...where(data.offset),
      severity: 'error',
      code: 'yaml-syntax',
      message: data.message,
      hint: data.hint,
    });
  const errorLines = diagnostics.map((d) => d.line);
  const recovered = diagnostics.length && !(data instanceof AliasProblem) ? recover(source, errorLines) : null;
  return { data: data instanceof AliasProblem ? null : data, positionOf, diagnostics, recovered };
}

/** At most this many alias expansions: a frontmatter needs none, and a billion-laughs file hits it at once. */
const MAX_ALIAS_COUNT = 100;

/** What went wrong with a YAML alias (`*name`), at the alias. */
class AliasProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly hint: string,
  ) {}
}

/**
 * The document as plain data. YAML reports an alias to an anchor that does not exist, or aliases that
 * expand without bound, only when the data is built; both become a diagnostic at the alias instead of
 * an exception that would stop every other file's checks.
 */
function toData(doc: Document, what: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let first: Alias | null = null;
    let unresolved: Alias | null = null;
    visit(doc, {
      Alias(_key, node) {
        first ??= node;
        if (!unresolved && !node.resolve(doc)) unresolved = node;
      },
    });
    const at = (node: Alias | null) => (node as Alias | null)?.range?.[0] ?? 0;
    if (unresolved) {
      return new AliasProblem(
        at(unresolved),
        `${what} is not valid YAML: alias *${(unresolved as Alias).source} refers to no anchor`,
        `write the value itself; aliases (*name) need an anchor (&name) earlier in the ${what}, and it rarely needs either`,
      );
    }
    return new AliasProblem(
      at(first),
      `${what} is not valid YAML: aliases expand too far (${error instanceof Error ? error.message : 'error'})`,
      `write the values out; at most ${MAX_ALIAS_COUNT} alias expansions are allowed, which guards against "billion laughs" files`,
    );
  }
}

/** How many times a broken line is set aside before recovery gives up. */
const MAX_RECOVERY_ROUNDS = 5;

/**
 * Sets aside the lines YAML reported (and, for a line that opens a block, its indented continuation),
 * then parses again, a few rounds at most. Returns the data that parses, or null when none does.
 */
function recover(source: string, errorLines: number[]): SplitFile['recovered'] {
  const lines = source.split('\n');
  const skipped = new Set<string>();
  let pending = errorLines;
  for (let round = 0; round < MAX_RECOVERY_ROUNDS && pending.length; round++) {
    for (const line of pending) {
      const i = line - 1;
      if (i < 0 || i >= lines.length) continue;
      const key = /^\s*([A-Za-z_][\w-]*)\s*:/.exec(lines[i])?.[1];
      if (key) skipped.add(key);
      lines[i] = '';
      for (let j = i + 1; j < lines.length && /^[ \t]+\S/.test(lines[j]); j++) lines[j] = '';
    }
    const counter = new LineCounter();
    const doc = parseDocument(lines.join('\n'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length === 0) {
      try {
        const data = doc.toJS({ maxAliasCount: 100 });
        // Lines were blanked, not removed, so positions in this document are the file's own.
        const positionOf = (path: readonly PropertyKey[]) => {
          const p = counter.linePos(nodeAt(doc, path));
          return { line: p.line, column: p.col };
        };
        return data && typeof data === 'object' ? { data, skipped: [...skipped], positionOf } : null;
      } catch {
        return null;
      }
    }
    pending = doc.errors.map((e) => counter.linePos(e.pos[0]).line);
  }
  return null;
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
  if (code.includes('INDENT') || code === 'BAD_INDENT')
    return 'indent nested values consistently with spaces (no tabs)';
  return 'check this line: quote values containing `:` or `#`, close brackets and quotes, indent with spaces';
}

function noFrontmatter(): FileDiagnostic {
  return {
    line: 1,
    column: 1,
    severity: 'error',
    code: 'frontmatter-missing',
    message: 'the file does not start with a `---` frontmatter block',
    hint: 'start the file with `---`, the fields (kb_id, category, platform, …), then `---`',
  };
}
