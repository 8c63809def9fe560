import path from 'node:path';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
import { renderMarkdown } from '../../lib/render/markdown';
import { renderMarkdownLine } from '../../lib/render/markdown-line';
import { markdownUnit } from './markdown-arbitraries';

/** Every piece of one-line Markdown, plus an opening fence, an image and raw HTML. */
const unit = markdownUnit('```', '![x](https://example.com/a.png)', '<code>');
const line = fc.string({ unit, maxLength: 40 });

const html = (node: React.ReactNode) => renderToStaticMarkup(<>{node}</>);
const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '');

/** Lists and meta descriptions render lines without highlight.js (lib/render/markdown-line.tsx). */
describe('a line of Markdown renders without highlighting exactly as with it', () => {
  it('for any one-line string of Markdown syntax; a line that opens a code block keeps its text, uncoloured', () => {
    let withCode = 0;
    fc.assert(
      fc.property(line, (s) => {
        const highlighted = html(renderMarkdown(s, { inline: true }));
        const line = html(renderMarkdownLine(s));
        if (highlighted.includes('<pre')) {
          withCode++;
          expect(textOf(line)).toBe(textOf(highlighted));
        } else expect(line).toBe(highlighted);
      }),
      { numRuns: 2000 },
    );
    expect(withCode).toBeGreaterThan(0); // the generator does reach code blocks (`\`\`\`a`, four spaces, `- \`\`\`a`)
  });

  it('for every title and TL;DR of the starter KB and the test KB', async () => {
    let compared = 0;
    for (const dir of ['content', 'e2e/fixtures/kb']) {
      const kb = await loadKb(path.resolve(import.meta.dirname, '../..', dir));
      for (const entry of kb.entries)
        for (const s of [entry.title, entry.tldr]) {
          expect(html(renderMarkdownLine(s))).toBe(html(renderMarkdown(s, { inline: true })));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(60);
  });
});
