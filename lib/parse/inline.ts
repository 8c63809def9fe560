/** Inline code spans in a Markdown string (CommonMark rules for matching backtick runs). */
export function inlineCodeSpans(markdown: string): string[] {
  const spans: string[] = [];
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  for (const m of markdown.matchAll(re)) {
    let code = m[2].replace(/\n/g, ' ');
    if (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    spans.push(code);
  }
  return spans;
}

/** One `**Label**: value` field found in a Markdown string. */
interface LabelledField {
  label: string;
  value: string;
}

/**
 * Reads `**Label**: value` fields. A value runs to the next label; a `|` separating two
 * fields on one line is dropped. Text before the first label is returned as `rest`.
 */
export function labelledFields(markdown: string): { fields: LabelledField[]; rest: string } {
  const re = /\*\*([^*\n]{1,60}?)\*\*\s*:|\*\*([^*\n]{1,60}?):\*\*/g;
  const marks = [...markdown.matchAll(re)];
  if (marks.length === 0) return { fields: [], rest: markdown.trim() };
  const fields = marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : markdown.length;
    const value = markdown.slice(start, end).trimEnd().replace(/\|$/, '').trim();
    return { label: (m[1] ?? m[2]).trim(), value };
  });
  return { fields, rest: markdown.slice(0, marks[0].index).trim() };
}

/** Normalises a label or heading for keyword matching: lower case, letters and digits only. */
export function keyword(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9;]+/g, ' ')
    .trim();
}

/** Strips a leading check mark, cross or bullet an author typed by hand (`✓ `, `✔ `, `✗ `, `- `). */
export function stripMark(text: string): string {
  return text.replace(/^\s*(?:[✓✔✅☑✗✘❌•]\uFE0F?\s*|[*-]\s+)+/u, '').trim();
}

/** Lower-case, dash-separated id for anchors. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{Letter}\p{Number}\s-]/gu, '')
      .trim()
      .replace(/[\s-]+/g, '-') || 'section'
  );
}
