import { withoutColourCodes } from '../variables/sanitize';
import { captureValues, resultUrl, type CapturedValues } from './capture';
import { excerptRuns, runsText } from './excerpt';
import { matchPatterns } from './match-patterns';
import { paths } from '../site/routes';
import { normalizeToken, tokenize } from './normalize';
import { splitPlaceholders } from '../variables/placeholders';
import type { QueryPlan, RankedDoc } from './query';
import type { DocRecord } from './shards';
import type { MatchExplanation } from './explain';

/** What a search returns for one entry, in the CLI and on the web alike. Browser-safe. */
export interface SearchResult {
  id: string;
  title: string;
  category: string;
  /** Page path of the entry: `/kb/<id>`. */
  path: string;
  /** Rounded to two decimals; higher is better; only comparable within one query. */
  score: number;
  /** Index of the symptom that matched, or null when no symptom shares a telling word with the query. */
  symptom: number | null;
  /** That symptom as plain text, cut to the part around the words that matched when long (lib/search/excerpt.ts). */
  matched: string | null;
  /** `matched` split into runs, the words of the query marked, placeholders apart (empty when nothing matched). */
  highlights: TextRun[];
  /** True when one of the entry's exact error strings matches a line of the query in full. */
  confident: boolean;
  /** 1-based numbers of the query lines it matched confidently, ascending (empty when not confident). */
  lines: number[];
  /** Values captured from those lines by the entry's error strings and `match:` patterns, validated (empty when none). */
  values: CapturedValues;
  /** The entry page with the captured values: `/kb/ID?NAME=value&src=log`, or {@link path} without values. */
  url: string;
  /** Why it is not a confident match, when the search was asked (`SearchOptions.explain`). */
  why?: MatchExplanation;
}

/**
 * A run of text, marked when it matched the query. `variable`: a placeholder the paste gave no value for, by name
 * (its `text` is the name): shown as the entry page shows an empty variable, not as `__NAME__`.
 */
export interface TextRun {
  text: string;
  mark: boolean;
  variable?: string;
}

/** Turns ranked documents and their records into results, choosing the matched symptom of each. */
export function toSearchResults(
  ranked: readonly RankedDoc[],
  records: readonly DocRecord[],
  plan: QueryPlan,
  idf: ReadonlyMap<string, number>,
): SearchResult[] {
  const weights = new Map(plan.terms.map((t) => [t.token, t.weight * (idf.get(t.token) ?? 0)]));
  const tokens = queryTokens(plan);
  // A line of the paste can be read as several (a structured log's message fields, lib/search/message-fields.ts).
  const textsOf = new Map<number, string[]>();
  for (const l of plan.lines) {
    const texts = textsOf.get(l.line);
    if (texts) texts.push(l.text);
    else textsOf.set(l.line, [l.text]);
  }
  return ranked.map((hit, i) => {
    const record = records[i];
    const symptom = hit.symptom ?? bestSymptom(record.symptoms, weights);
    const values = hit.confident ? capturedFrom(record, linesOf(hit.lines, textsOf)) : {};
    const filled = symptom === null ? null : fillValues(record.symptoms[symptom], values);
    const highlights = filled === null ? [] : excerptRuns(highlight(filled, tokens));
    const path = paths.entry(record.id);
    return {
      id: record.id,
      title: record.title,
      category: record.category,
      path,
      score: Math.round(hit.score * 100) / 100,
      symptom,
      matched: filled === null ? null : runsText(highlights),
      highlights,
      confident: hit.confident,
      lines: hit.lines.map((n) => n + 1),
      values,
      url: resultUrl(path, values),
    };
  });
}

/** The texts of a hit's matched lines, read without their colours: `ESC[1mboto3ESC[0m` is `boto3`. */
function linesOf(lines: readonly number[], textsOf: ReadonlyMap<number, string[]>): { line: number; text: string }[] {
  return lines.flatMap((n) => (textsOf.get(n) ?? []).map((text) => ({ line: n, text: withoutColourCodes(text) })));
}

/** The values a confident match's lines give its entry: its `match:` patterns' groups, then its error strings'. */
function capturedFrom(record: DocRecord, lines: readonly { line: number; text: string }[]): CapturedValues {
  return {
    ...(record.match ? matchPatterns(record.match, lines, record.declared).values : {}),
    ...(record.capture
      ? captureValues(
          record.capture,
          lines.map((l) => l.text),
          record.declared,
        )
      : {}),
  };
}

/** The symptom with captured values in place of their placeholders: what the reader's own log says. */
function fillValues(text: string, values: CapturedValues): string {
  return text.replace(/__([A-Z][A-Z0-9_]*)__/g, (raw, name: string) =>
    Object.hasOwn(values, name) ? values[name] : raw,
  );
}

function bestSymptom(symptoms: readonly string[], weights: ReadonlyMap<string, number>): number | null {
  let best: number | null = null;
  let bestScore = 0;
  symptoms.forEach((text, i) => {
    const score = [...new Set(tokenize(text))].reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** The query's normalized tokens, for {@link highlight}. */
function queryTokens(plan: QueryPlan): Set<string> {
  return new Set(plan.terms.map((t) => t.token));
}

/**
 * Splits `text` into runs, marking words whose normalized form is a query token. Neighbouring
 * marked words join into one run with the punctuation between them; each placeholder is a run of its own.
 */
export function highlight(text: string, tokens: ReadonlySet<string>): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of splitPlaceholders(text)) {
    if (part.kind === 'variable') runs.push({ text: part.name, mark: false, variable: part.name });
    else markWords(part.text, tokens, runs);
  }
  return runs;
}

/** The runs of literal text, appended to `runs`. */
function markWords(text: string, tokens: ReadonlySet<string>, runs: TextRun[]): void {
  const push = (part: string, mark: boolean): void => {
    if (part.length === 0) return;
    const previous = runs[runs.length - 1];
    if (previous && previous.mark === mark && previous.variable === undefined) previous.text += part;
    else runs.push({ text: part, mark });
  };
  let last = 0;
  let previousMarked = false;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index ?? 0;
    const normalized = normalizeToken(match[0]);
    const marked = normalized !== null && tokens.has(normalized);
    const gap = text.slice(last, start);
    push(gap, marked && previousMarked && /^[\s\p{P}]{0,3}$/u.test(gap));
    push(match[0], marked);
    previousMarked = marked;
    last = start + match[0].length;
  }
  push(text.slice(last), false);
}
