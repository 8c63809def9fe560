import type { Root } from 'hast';

/**
 * A Markdown string with no Markdown in it: one line that starts with a letter (so no list, heading, quote or code
 * block can open) and holds no character that starts inline syntax: code, emphasis, links, autolinks, raw HTML,
 * entities, escapes, strikethrough, tables, placeholders (`__NAME__`), GFM's bare URLs and e-mail addresses, or a
 * hard break. The parser would give such a string back as one text node, so it skips the pipeline: at 1,000 synthetic
 * entries 76 % of the ≈ 31,000 strings a build renders are plain (54 % of the starter KB's), and the pipeline's cost
 * is mostly per call (docs/benchmarks/build.md).
 */
export function isPlainText(markdown: string): boolean {
  return (
    /^\p{L}/u.test(markdown) &&
    !/[\\`*_[\]<>&@~|\n\r\t]/.test(markdown) &&
    !/:\/\/|www\./i.test(markdown) &&
    !/\s$/.test(markdown) &&
    !/ {2}/.test(markdown)
  );
}

/** The tree the pipeline makes of a plain string: a paragraph, or (`inline`) the text alone. */
export function plainTextTree(text: string, inline: boolean): Root {
  const value = { type: 'text' as const, value: text };
  return {
    type: 'root',
    children: inline ? [value] : [{ type: 'element', tagName: 'p', properties: {}, children: [value] }],
  };
}
