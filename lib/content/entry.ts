import type { FileDiagnostic } from '../diagnostics';
import { encodingDiagnostics } from '../encoding/check';
import { splitFrontmatter } from './frontmatter';
import { KB_ID_PATTERN } from '../name-patterns';
import type { EntryModel } from './model';
import { parseBody } from '../parse';
import { tooLarge } from '../parse/limits';
import { placeholderTypos } from '../parse/placeholder-typos';
import { checkCapturePlaceholders } from '../search/capture-check';
import { checkMatchPatterns } from '../search/match-check';
import { validateFrontmatter } from './validate';
import { authorStandIns } from '../variables/author-placeholders';
import { checkVariableDeclarations } from '../variables/check';

/** An entry parsed from one file, with everything wrong with it. `entry` is null when the frontmatter is unusable. */
export interface ParsedFile {
  entry: EntryModel | null;
  /** The `kb_id` and `related_kb` as written, even when other fields are invalid: cross-file checks use them. */
  declared: { id: string; related: string[] } | null;
  diagnostics: FileDiagnostic[];
  /** Finds a frontmatter field's position, for checks that need the whole KB (related_kb, duplicates). */
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Runs one file through split → validate → parse. Pure: no I/O, never throws. */
export function parseEntryFile(
  file: string,
  text: string,
  options: { invalidUtf8?: boolean; displayFile?: string } = {},
): ParsedFile {
  // Nothing else reads a file past the size limit: the limit bounds what the steps after it cost (lib/parse/limits.ts).
  const large = tooLarge(text);
  if (large) return { entry: null, declared: null, diagnostics: [large], positionOf: () => ({ line: 1, column: 1 }) };
  const diagnostics: FileDiagnostic[] = [];
  if (options.invalidUtf8) diagnostics.push(invalidEncoding());
  diagnostics.push(...encodingDiagnostics(text, options.displayFile ?? file));
  const split = splitFrontmatter(text);
  diagnostics.push(...split.diagnostics);
  const { meta, diagnostics: invalid } = frontmatterChecks(split);
  diagnostics.push(...invalid);
  const body = parseBody(split.body, split.bodyLine);
  diagnostics.push(...body.diagnostics);
  if (meta) {
    const expected = file.split('/').pop()!.replace(/\.md$/, '');
    if (meta.kb_id !== expected) diagnostics.push(mismatch(meta.kb_id, expected, split.positionOf(['kb_id'])));
    diagnostics.push(
      ...checkVariableDeclarations(
        meta.variables,
        body.model.variables,
        (name) => split.positionOf(['variables', name]).line,
        text,
      ),
    );
    diagnostics.push(...placeholderTypos(text, Object.keys(meta.variables)));
    diagnostics.push(...authorStandIns(text));
  }
  const entry: EntryModel | null = meta ? { id: meta.kb_id, file, meta, ...body.model } : null;
  if (entry) diagnostics.push(...checkCapturePlaceholders(entry), ...checkMatchPatterns(entry, split.positionOf));
  return {
    entry,
    declared: declaredIds(split.data ?? split.recovered?.data),
    diagnostics,
    positionOf: split.positionOf,
  };
}

/**
 * Validates the frontmatter; when the YAML is broken, validates what could be recovered around the broken
 * lines, so a tab on one line does not hide a bad date on another. A field whose line was set aside is not
 * reported missing too (one mistake, one diagnostic), and no entry is made from recovered data.
 */
function frontmatterChecks(split: ReturnType<typeof splitFrontmatter>): ReturnType<typeof validateFrontmatter> {
  // An empty frontmatter (`---` then `---`) parses to null without a YAML error: every required field is then missing.
  if (split.data !== null || split.diagnostics.length === 0) return validateFrontmatter(split.data, split.positionOf);
  if (!split.recovered) return { meta: null, diagnostics: [] };
  const { skipped, data, positionOf } = split.recovered;
  const checked = validateFrontmatter(data, positionOf);
  const diagnostics = checked.diagnostics.filter(
    (d) => !(d.code === 'missing-field' && skipped.some((k) => d.message.includes(`"${k}"`))),
  );
  return { meta: null, diagnostics };
}

function declaredIds(data: unknown): ParsedFile['declared'] {
  if (!data || typeof data !== 'object') return null;
  const { kb_id: id, related_kb: related } = data as Record<string, unknown>;
  if (typeof id !== 'string') return null;
  return { id, related: Array.isArray(related) ? related.filter((r): r is string => typeof r === 'string') : [] };
}

function invalidEncoding(): FileDiagnostic {
  return {
    line: 1,
    column: 1,
    severity: 'error',
    code: 'encoding-invalid',
    message: 'the file is not valid UTF-8',
    hint: 're-save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)',
  };
}

function mismatch(id: string, expected: string, at: { line: number; column: number }): FileDiagnostic {
  // Offer the file name as the id only when it is a valid one (`my-entry.md` is not).
  const other = KB_ID_PATTERN.test(expected) ? `, or set kb_id: ${expected}` : '';
  return {
    ...at,
    severity: 'error',
    code: 'file-name-mismatch',
    message: `kb_id "${id}" does not match the file name "${expected}.md"`,
    hint: `rename the file to ${id}.md${other}`,
  };
}
