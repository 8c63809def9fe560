import type { VariableDeclaration } from '../content/schema';
import { acceptsCaptured, type CapturedValues } from './capture';
import type { RankedDoc } from './query';
import type { DocRecord } from './shards';
import { orderingLine } from './summary-lines';

/**
 * An entry's `match:` regular expressions (issue 8 item 3): for errors an error string can't
 * express, a pattern whose named groups are variable names (`(?<PORT>\d+)`). A pattern that
 * matches a line of the paste makes the entry a confident match for that line, and its groups
 * capture values, each validated by its variable's rule like any typed value. Patterns are checked
 * for catastrophic backtracking by `kb validate` and run on lines of at most 2,000 characters
 * (`MAX_LINE_CHARS`), so no paste can make them slow. Browser-safe.
 */

/**
 * Characters of a paste one pattern is run on, at most. `kb validate` rejects patterns that backtrack
 * catastrophically (checked anchored); unanchored, a pattern can still take time quadratic in a line,
 * which lines of at most 2,000 characters bound: a contrived `a.*b.*c.*d` takes 6 ms on such a line
 * (measured, Node 20), so this budget keeps one pattern under about 0.6 s on the most hostile paste.
 * Only lines holding one of the pattern's literal words are run at all.
 */
export const MAX_PATTERN_CHARS = 200_000;

/** A `match:` pattern compiled as search runs it: case-insensitive, anywhere in a line. */
type CompiledMatch = { ok: true; regex: RegExp } | { ok: false; error: string };

/** Compiles one `match:` pattern. */
export function compileMatch(pattern: string): CompiledMatch {
  try {
    return { ok: true, regex: new RegExp(pattern, 'i') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The names of a pattern's named groups, in order. */
export function groupNames(regex: RegExp): string[] {
  // An empty alternative matches at once, and `groups` then lists every named group of the pattern.
  const groups = new RegExp(`${regex.source}|`, regex.flags).exec('')?.groups;
  return groups ? Object.keys(groups) : [];
}

/** One pasted line, numbered from 0. */
interface PasteLine {
  line: number;
  text: string;
}

/** The lines a pattern list matches, and the values its groups capture there (validated; the first valid value of a name wins). */
export function matchPatterns(
  patterns: readonly string[],
  lines: readonly PasteLine[],
  declarations: Readonly<Record<string, Pick<VariableDeclaration, 'pattern' | 'example' | 'unusable'>>> = {},
): { lines: number[]; values: CapturedValues; patterns: number[] } {
  const matched = new Set<number>();
  const values: CapturedValues = {};
  const matching: number[] = [];
  for (const [index, pattern] of patterns.entries()) {
    const compiled = compileMatch(pattern);
    if (!compiled.ok) continue;
    const words = literalWords(pattern);
    let budget = MAX_PATTERN_CHARS;
    for (const line of lines) {
      const lower = words.length > 0 ? line.text.toLowerCase() : '';
      if (words.length > 0 && !words.some((w) => lower.includes(w))) continue;
      budget -= line.text.length;
      if (budget < 0) break;
      const match = compiled.regex.exec(line.text);
      if (!match) continue;
      matched.add(line.line);
      if (matching[matching.length - 1] !== index) matching.push(index);
      for (const [name, value] of Object.entries(match.groups ?? {})) {
        if (value === undefined || value === '' || Object.hasOwn(values, name)) continue;
        if (acceptsCaptured(name, value, declarations)) values[name] = value;
      }
    }
  }
  return { lines: [...matched].sort((a, b) => a - b), values, patterns: matching };
}

/**
 * A candidate confirmed by its entry's `match:` patterns: a pattern matching a line of the paste makes
 * it confident on that line, as a matched exact error string does. Candidates without patterns pass unchanged.
 * `summaries`: the paste's summary lines (summary-lines.ts), which order a match after the others.
 */
export function confirmByPatterns<T extends { ranked: RankedDoc; record: DocRecord }>(
  candidate: T,
  lines: readonly PasteLine[],
  summaries: ReadonlySet<number>,
): T {
  const patterns = candidate.record.match;
  if (!patterns || patterns.length === 0) return candidate;
  const { lines: found, patterns: matching } = matchPatterns(patterns, lines, candidate.record.declared);
  if (found.length === 0) return candidate;
  // A pattern's match counts like its example matched in full (`DocRecord.matchWeights`).
  const weights = candidate.record.matchWeights ?? [];
  const matchScore = Math.max(candidate.ranked.matchScore, ...matching.map((i) => weights[i] ?? 0));
  const merged = [...new Set([...candidate.ranked.lines, ...found])].sort((a, b) => a - b);
  // A pattern is the entry's own evidence: its first line orders the match, unless an own string matched earlier.
  const ownBefore = candidate.ranked.confident && !candidate.ranked.statusOnly;
  const orderLine = Math.min(orderingLine(found, summaries), ...(ownBefore ? [candidate.ranked.orderLine] : []));
  return {
    ...candidate,
    ranked: { ...candidate.ranked, confident: true, lines: merged, statusOnly: false, orderLine, matchScore },
  };
}

/**
 * Words a line must hold one of for the pattern to be worth running: runs of 3+ letters written
 * literally in the pattern (not escapes, classes or group names), lower-cased. Empty when the
 * pattern has a top-level alternative or no such word: then every line is run.
 */
export function literalWords(pattern: string): string[] {
  const plain = pattern
    .replace(/\((?:[^()\\]|\\.)*\)(?:[?*]|\{0[,}])/g, ' ') // an optional group: its words may be absent
    .replace(/\\./g, ' ') // escapes: \d, \(, \s
    .replace(/\[[^\]]*\]/g, ' ') // character classes
    .replace(/\(\?<?[A-Za-z_]\w*>|\(\?[:=!<]+/g, ' ') // group openers and names
    .replace(/[A-Za-z]+[?*{]/g, ' '); // a word whose last letter is optional
  if (topLevelAlternative(pattern)) return [];
  return [...new Set((plain.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()))];
}

function topLevelAlternative(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}
