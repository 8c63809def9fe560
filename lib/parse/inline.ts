/**
 * Inline code spans in a Markdown string, by CommonMark's rule: a run of backticks opens a span that the next run of the
 * same length closes; a run that nothing closes is plain text. One pass over the runs. A regex did this until
 * 2026-12-06 (`` (`+)([\s\S]*?[^`])\1(?!`) ``): it tried every length of every run against every later position, so a
 * symptom of 2,000 backticks took 1.3 s to parse and one of 4,000 took 10 s (cubic); it also opened a span inside a
 * longer run (`` ``a` `` gave `` `a ``), where CommonMark reads no span.
 */
export function inlineCodeSpans(markdown: string): string[] {
  const runs: Array<{ start: number; end: number }> = [];
  for (const m of markdown.matchAll(/`+/g)) runs.push({ start: m.index, end: m.index + m[0].length });
  // closer[i]: the next run after run i with its length, or -1.
  const closer = new Array<number>(runs.length);
  const nextOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i].end - runs[i].start;
    closer[i] = nextOfLength.get(length) ?? -1;
    nextOfLength.set(length, i);
  }
  const spans: string[] = [];
  for (let i = 0; i < runs.length; i++) {
    const j = closer[i];
    if (j < 0) continue;
    let code = markdown.slice(runs[i].end, runs[j].start).replace(/\n/g, ' ');
    if (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    spans.push(code);
    i = j;
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
