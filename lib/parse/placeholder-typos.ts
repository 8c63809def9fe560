import type { FileDiagnostic } from '../diagnostics';
import { placeholderRegex } from '../variables/placeholders';

/** How often each `__NAME__` placeholder appears in the text, and the 1-based line of its first use. */
function placeholderUses(text: string): Map<string, { count: number; line: number }> {
  const uses = new Map<string, { count: number; line: number }>();
  for (const m of text.matchAll(placeholderRegex())) {
    const seen = uses.get(m[1]);
    if (seen) seen.count++;
    else uses.set(m[1], { count: 1, line: text.slice(0, m.index).split('\n').length });
  }
  return uses;
}

/**
 * Warns on a placeholder that is probably a misspelling: not declared, and within edit distance of a
 * declared variable (`__PG_HSOT__` beside `PG_HOST`) or of a placeholder used more often in the entry.
 * `text` is the whole file, so lines are file lines.
 */
export function placeholderTypos(text: string, declared: readonly string[]): FileDiagnostic[] {
  const uses = placeholderUses(text);
  const found: FileDiagnostic[] = [];
  for (const [name, use] of uses) {
    if (declared.includes(name)) continue;
    const likelier = [
      ...declared,
      ...[...uses].filter(([other, u]) => other !== name && u.count > use.count).map(([other]) => other),
    ];
    // One edit, a swap of neighbours counting as one: `PG_HSOT` → `PG_HOST`; `NODE_NAME` beside `POD_NAME` is two.
    const guess = likelier.find((c) => c !== name && !distanceOver(name, c, 1));
    // One edit (a swap counts as one): `PG_HSOT` → `PG_HOST`; `NODE_NAME` beside `POD_NAME` is two, a different name.
    if (!guess) continue;
    found.push({
      line: use.line,
      column: 1,
      severity: 'warning',
      code: 'variable-typo',
      message: `placeholder __${name}__ looks like a misspelling of __${guess}__${declared.includes(guess) ? ' (declared in the frontmatter)' : ''}`,
      hint: `write __${guess}__, or declare ${name} under variables: if it is a different value`,
    });
  }
  return found;
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit) is over `limit`. */
function distanceOver(a: string, b: string, limit: number): boolean {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length] > limit;
}
