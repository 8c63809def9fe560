import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, didYouMean, type FileDiagnostic, inFile, sortDiagnostics } from '../diagnostics';
import { type ParsedFile, parseEntryFile } from './entry';
import { decode, loadSources } from './load';
import type { EntryModel } from './model';
import { KB_VARIABLES_FILE, type KbVariables, NO_KB_VARIABLES, parseKbVariables } from '../variables/kb-file';
import { withKbVariables } from '../variables/kb-merge';
import { checkErrorStringValues } from '../search/value-check';
import { checkWeakErrorStrings } from '../search/weak-string-check';
import { meaningConflicts } from '../variables/meanings';

/** A loaded knowledge base: the valid entries (sorted by id) and every diagnostic. */
export interface Kb {
  dir: string;
  entries: EntryModel[];
  diagnostics: Diagnostic[];
}

export { contentDir } from './content-dir';

/** Loads, validates and parses every entry of a content folder. Reports every problem; never throws on bad content. */
export async function loadKb(dir: string, options: { cwd?: string } = {}): Promise<Kb> {
  const display = (file: string) => displayPath(options.cwd ?? process.cwd(), dir, file);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    return { dir, entries: [], diagnostics: [missingDir(dir)] };
  }
  const kbVariables = await readKbVariables(dir);
  const kbFile = display(KB_VARIABLES_FILE);
  const parsed = await mapYielding(await loadSources(dir), (s) => {
    const file = parseEntryFile(s.file, s.text, { invalidUtf8: s.invalidUtf8, displayFile: display(s.file) });
    if (!file.entry) return { file: s.file, ...file };
    const merged = withKbVariables(file.entry, kbVariables, (name) => file.positionOf(['variables', name]).line);
    const diagnostics = [
      ...file.diagnostics,
      ...merged.diagnostics,
      ...checkErrorStringValues(merged.entry),
      ...checkWeakErrorStrings(merged.entry),
    ];
    return { file: s.file, ...file, entry: merged.entry, diagnostics };
  });
  const diagnostics = [
    ...inFile(kbFile, kbVariables.diagnostics),
    ...parsed.flatMap((p) => inFile(display(p.file), p.diagnostics)),
  ];
  diagnostics.push(...crossChecks(parsed, display));
  const withEntries = parsed.flatMap((p) => (p.entry ? [{ file: display(p.file), entry: p.entry }] : []));
  diagnostics.push(...meaningConflicts(withEntries, { file: kbFile, variables: kbVariables }));
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const entries = parsed
    .filter((p) => p.entry && !broken.has(display(p.file)))
    .map((p) => p.entry!)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { dir, entries, diagnostics: sortDiagnostics(diagnostics) };
}

/** Entries parsed between two turns of the event loop: about 20 ms of work at 0.7 ms per entry. */
const YIELD_EVERY = 32;

/**
 * `items.map(fn)`, giving the event loop a turn every {@link YIELD_EVERY} items. Parsing 5,000 entries takes 3–6 s;
 * without a turn, `npm run build` could not start the type check's second step (`tsc` after `next typegen`) until it
 * ended, and `next build` waited 1.1–1.2 s longer for the type check at 5,000 entries (docs/benchmarks/build.md).
 */
async function mapYielding<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(fn(items[i]));
  }
  return out;
}

/**
 * Checks that need the whole KB: duplicate ids and related_kb links. They run over every file whose
 * `kb_id` could be read, valid or not, so a bad date elsewhere in a file does not hide a duplicate id.
 */
function crossChecks(parsed: (ParsedFile & { file: string })[], display: (file: string) => string): Diagnostic[] {
  const byId = new Map<string, string[]>();
  for (const p of parsed) if (p.declared) byId.set(p.declared.id, [...(byId.get(p.declared.id) ?? []), p.file]);
  const ids = [...byId.keys()];
  const found: Diagnostic[] = [];
  for (const p of parsed) {
    if (!p.declared) continue;
    const files = byId.get(p.declared.id)!;
    if (files.length > 1) {
      const others = files.filter((f) => f !== p.file).map((f) => display(f));
      found.push({
        file: display(p.file),
        ...p.positionOf(['kb_id']),
        severity: 'error',
        code: 'duplicate-id',
        message: `kb_id "${p.declared.id}" is also used by ${others.join(', ')}`,
        hint: 'give each entry its own kb_id (and file name); bump the number, e.g. _002',
      });
    }
    p.declared.related.forEach((rel, i) => {
      if (byId.has(rel)) return;
      const guess = didYouMean(rel, ids);
      found.push({
        file: display(p.file),
        ...p.positionOf(['related_kb', i]),
        severity: 'error',
        code: 'unknown-related',
        message: `related_kb "${rel}" is not an entry of this KB`,
        hint: guess ? `did you mean "${guess}"?` : 'use the kb_id of an existing entry, or remove it',
      });
    });
  }
  return found;
}

/** The KB's `_variables.yml`, or none when the file is absent. */
async function readKbVariables(dir: string): Promise<KbVariables & { diagnostics: FileDiagnostic[] }> {
  const bytes = await readFile(path.join(dir, KB_VARIABLES_FILE)).catch(() => null);
  if (bytes === null) return { ...NO_KB_VARIABLES, diagnostics: [] };
  return parseKbVariables(decode(bytes).text);
}

/** File path as shown in diagnostics: relative to the working directory when inside it. */
export function displayPath(cwd: string, dir: string, file: string): string {
  const full = path.join(dir, file);
  const rel = path.relative(cwd, full);
  return rel.startsWith('..') ? full : rel;
}

function missingDir(dir: string): Diagnostic {
  return {
    file: dir,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'content-missing',
    message: 'content folder not found',
    hint: 'create it, or point KB_CONTENT_DIR / --content at the folder that holds the *.md entries',
  };
}
