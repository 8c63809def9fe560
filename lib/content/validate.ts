import type { z } from 'zod';
import { type DiagnosticCode, didYouMean, type FileDiagnostic } from '../diagnostics';
import {
  CRITICALITIES,
  FRONTMATTER_KEYS,
  type Frontmatter,
  frontmatterSchema,
  VARIABLE_DECLARATION_KEYS,
} from './schema';

type Position = (path: readonly PropertyKey[]) => { line: number; column: number };

/** A scalar YAML would read as a number, quoted so it stays the text the author wrote. */
const QUOTED_EXAMPLE = 'tags: [windows, "0x80070005"]';

/** Example values for each field, used in hints. */
const EXAMPLES: Record<string, string> = {
  kb_id: 'kb_id: DOCKER_EXEC_FORMAT_001',
  category: 'category: devops',
  platform: 'platform: cross-platform',
  technologies: 'technologies: [docker, buildx]',
  complexity: 'complexity: 3   # integer 1–5',
  criticality: `criticality: high   # one of ${CRITICALITIES.join(', ')}`,
  created: 'created: 2026-02-17',
  updated: 'updated: 2026-03-01',
  tags: 'tags: [docker, arm64]',
  related_kb: 'related_kb: [CROSS_DOCKER_001]',
  variables: 'variables: { IMAGE_NAME: { description: Image to build } }',
  match: `match: [{ pattern: 'connect ECONNREFUSED (?<HOST>[\\d.]+):(?<PORT>\\d+)', example: 'Error: connect ECONNREFUSED 10.0.0.5:5432' }]`,
};

/** Validates raw frontmatter with zod: the only place a typed `Frontmatter` is born. */
export function validateFrontmatter(
  data: unknown,
  positionOf: Position,
): { meta: Frontmatter | null; diagnostics: FileDiagnostic[] } {
  const result = frontmatterSchema.safeParse(data ?? {});
  if (result.success) return { meta: result.data, diagnostics: [] };
  return { meta: null, diagnostics: result.error.issues.flatMap((issue) => toDiagnostics(issue, data, positionOf)) };
}

function toDiagnostics(issue: z.core.$ZodIssue, data: unknown, positionOf: Position): FileDiagnostic[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const top = issue.path.length === 0;
      const known = top ? FRONTMATTER_KEYS : VARIABLE_DECLARATION_KEYS;
      const guess = didYouMean(key, known);
      return diag(
        [...issue.path, key],
        positionOf,
        'unknown-field',
        `unknown field "${[...issue.path, key].join('.')}"`,
        `${guess ? `did you mean "${guess}"? ` : ''}allowed fields: ${known.join(', ')}`,
      );
    });
  }
  const field = issue.path.map(String).join('.') || 'frontmatter';
  const value = valueAt(data, issue.path);
  const example = EXAMPLES[String(issue.path[0])] ?? '';
  if (value === undefined) {
    return [
      diag(
        issue.path.slice(0, -1),
        positionOf,
        'missing-field',
        `missing required field "${field}"`,
        `add \`${example}\``,
      ),
    ];
  }
  const got = `got ${JSON.stringify(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return [
        diag(
          issue.path,
          positionOf,
          'wrong-type',
          `"${field}" must be ${article(issue.expected)}, ${got}`,
          issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? `YAML reads an unquoted ${typeof value === 'number' ? '0x80070005, 1e3, 010 or 2.10 as a number' : 'true, no or off as a boolean'}: quote the value as you wrote it, e.g. \`${QUOTED_EXAMPLE}\``
            : `write it like \`${example}\``,
        ),
      ];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return [
        diag(
          issue.path,
          positionOf,
          'invalid-value',
          `"${field}" must be one of ${allowed.join(', ')}; ${got}`,
          `${guess ? `did you mean "${guess}"? ` : ''}allowed values: ${allowed.join(', ')}`,
        ),
      ];
    }
    case 'too_big':
    case 'too_small':
      return [
        diag(
          issue.path,
          positionOf,
          'out-of-range',
          `"${field}" ${bound(issue)}; ${got}`,
          `write it like \`${example}\``,
        ),
      ];
    default:
      return [
        diag(
          issue.path,
          positionOf,
          codeFor(issue.path),
          `"${field}" ${issue.message}; ${got}`,
          `write it like \`${example}\``,
        ),
      ];
  }
}

function bound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const items = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' characters' : '';
  return issue.code === 'too_big'
    ? `must be at most ${issue.maximum}${items}`
    : `must be at least ${issue.minimum}${items}`;
}

function codeFor(path: readonly PropertyKey[]): DiagnosticCode {
  if (path[0] === 'created' || path[0] === 'updated') return 'invalid-date';
  if (path[0] === 'kb_id') return 'invalid-id';
  return 'invalid-format';
}

function diag(
  path: readonly PropertyKey[],
  positionOf: Position,
  code: DiagnosticCode,
  message: string,
  hint: string,
): FileDiagnostic {
  return { ...positionOf(path), severity: 'error', code, message, hint };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
