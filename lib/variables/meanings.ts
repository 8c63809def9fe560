import type { Diagnostic } from '../diagnostics';
import type { CodeBlock, EntryModel } from '../content/model';
import type { KbVariables } from './kb-file';
import { isLanguageMacro, placeholderRegex } from './placeholders';

/** How a name is used in one entry: as a whole value, or as one part of a value built beside other variables. */
type Shape = 'whole' | 'part';

interface Use {
  shape: Shape;
  line: number;
  /** The other variables the value is built with, when `shape` is `part`. */
  beside: string[];
}

/**
 * The shape of every placeholder in one command: `part` when it is a path segment after another
 * placeholder or comes before `:` in a word built from several (`__REGISTRY__/__NAME__:__TAG__`);
 * `__USER__@__HOST__` keeps both whole.
 */
export function shapesIn(code: string): Map<string, { shape: Shape; beside: string[] }> {
  const shapes = new Map<string, { shape: Shape; beside: string[] }>();
  for (const word of code.split(/[\s'"=]+/)) {
    const matches = [...word.matchAll(placeholderRegex())].filter((m) => !isLanguageMacro(m[1]));
    const names = matches.map((m) => m[1]);
    for (const m of matches) {
      const name = m[1];
      const beside = names.filter((n) => n !== name);
      const end = m.index + m[0].length;
      // A path segment after another value (`__REGISTRY__/__NAME__`) or a name before a tag (`__NAME__:__TAG__`).
      const glued = beside.length > 0 && (word[m.index - 1] === '/' || word[end] === ':');
      const seen = shapes.get(name);
      if (glued) shapes.set(name, { shape: 'part', beside: [...new Set([...(seen?.beside ?? []), ...beside])] });
      else if (!seen) shapes.set(name, { shape: 'whole', beside: [] });
    }
  }
  return shapes;
}

function blocksOf(entry: EntryModel): CodeBlock[] {
  return [
    ...entry.patterns.flatMap((p) => p.blocks),
    ...(entry.verification?.blocks ?? []),
    ...entry.fallbacks.flatMap((f) => f.blocks),
  ];
}

/** Each variable's use in an entry; a name used both ways counts as `part` (the stricter meaning). */
function usesOf(entry: EntryModel): Map<string, Use> {
  const uses = new Map<string, Use>();
  const add = (code: string, line: number) => {
    for (const [name, s] of shapesIn(code)) {
      const seen = uses.get(name);
      if (!seen || (seen.shape === 'whole' && s.shape === 'part')) uses.set(name, { ...s, line });
    }
  };
  for (const c of entry.whereToCheck) add(c.code, c.line);
  for (const b of blocksOf(entry)) b.code.split('\n').forEach((l, i) => add(l, b.line + 1 + i));
  return uses;
}

/** One entry as the cross-entry check sees it. */
interface EntryForMeanings {
  /** The file as diagnostics show it. */
  file: string;
  entry: EntryModel;
}

/**
 * Flags a variable name that means different things in different entries: a whole value in one
 * (`docker pull __IMAGE_NAME__`, a full reference) and one part of a built value in another
 * (`__REGISTRY__/__IMAGE_NAME__:__TAG__`, a repository), or declared with different patterns.
 * One stored value serves every entry, so one of them would copy a wrong command. Each diagnostic
 * names both files.
 */
export function meaningConflicts(
  entries: readonly EntryForMeanings[],
  kb?: { file: string; variables: KbVariables },
): Diagnostic[] {
  const first = new Map<string, { file: string; use: Use; pattern?: string }>(
    kb ? declaredUses(kb.file, kb.variables) : [],
  );
  const found: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const { file, entry } of entries) {
    for (const [name, use] of usesOf(entry)) {
      const pattern = entry.meta.variables[name]?.pattern;
      const other = first.get(name);
      if (!other) {
        first.set(name, { file, use, pattern });
        continue;
      }
      const key = `${name}\u0000${file}`;
      if (reported.has(key)) continue;
      const describe = (u: Use) =>
        u.shape === 'whole' ? 'a whole value' : `a part of a value built with ${u.beside.join(', ')}`;
      let why: string | null = null;
      const declared = kb !== undefined && Object.hasOwn(kb.variables.declarations, name);
      if (other.use.shape !== use.shape)
        why = `${describe(use)} here (line ${use.line}) but ${describe(other.use)} in ${other.file}:${other.use.line}`;
      // A name the KB declares may be narrowed by each entry: its patterns then apply together, no conflict.
      else if (!declared && pattern !== undefined && other.pattern !== undefined && pattern !== other.pattern) {
        why = `declared with pattern ${pattern} here but ${other.pattern} in ${other.file}`;
      }
      if (why === null) continue;
      reported.add(key);
      found.push({
        file,
        line: use.line,
        column: 1,
        severity: 'warning',
        code: 'variable-meaning',
        message: `${name} means two things: ${why}; one stored value serves both entries`,
        hint: declared
          ? `use ${name} as ${kb!.file} declares it, and give the other meaning its own name there`
          : /^IMAGE/.test(name)
            ? 'use IMAGE_REF for a full reference (registry/repository:tag) and IMAGE_REPO for the repository beside REGISTRY and TAG'
            : `give one of the meanings its own name, e.g. REGISTRY_${name} for the part inside the built value`,
      });
    }
  }
  return found;
}

/**
 * The meanings `_variables.yml` gives: a composed name is a whole value; each part of a composition has
 * the shape it has in the template (`__IMAGE_REPO__` in `__REGISTRY__/__IMAGE_REPO__:__TAG__` is a part).
 * Entries are then checked against these rather than against whichever entry came first.
 */
function declaredUses(file: string, kb: KbVariables): [string, { file: string; use: Use }][] {
  const uses: [string, { file: string; use: Use }][] = [];
  for (const [name, d] of Object.entries(kb.declarations)) {
    if (d.compose === undefined) continue;
    const line = kb.lineOf(name);
    uses.push([name, { file, use: { shape: 'whole', line, beside: [] } }]);
    for (const [part, s] of shapesIn(d.compose)) uses.push([part, { file, use: { ...s, line } }]);
  }
  return uses;
}
