import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText, renderMarkdown } from '../../lib/render/markdown';
import { isPlainText } from '../../lib/render/plain-text';
import { markdownUnit } from './markdown-arbitraries';

/** Every piece of Markdown, a newline included. */
const unit = markdownUnit('\n');
const text = fc
  .tuple(fc.constantFrom('a', 'Z', 'é', '1', '-', '#', ' '), fc.string({ unit, maxLength: 40 }))
  .map(([first, rest]) => first + rest);

/** The same Markdown through the parser: a trailing newline changes no paragraph, and no plain string has one. */
const viaParser = (markdown: string) => `${markdown}\n`;

describe('plain strings skip the Markdown pipeline', () => {
  it('render exactly as the parser renders them, as HTML, React elements and text', () => {
    let plain = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (!isPlainText(s)) return;
        plain++;
        expect(markdownToHtml(s)).toBe(markdownToHtml(viaParser(s)));
        expect(markdownToHtml(s, { inline: true })).toBe(markdownToHtml(viaParser(s), { inline: true }));
        expect(renderToStaticMarkup(<>{renderMarkdown(s, { inline: true })}</>)).toBe(
          renderToStaticMarkup(<>{renderMarkdown(viaParser(s), { inline: true })}</>),
        );
        expect(markdownToText(s)).toBe(markdownToText(viaParser(s)));
      }),
      { numRuns: 2000 },
    );
    expect(plain).toBeGreaterThan(100); // the generator does reach the fast path
  });

  it('leaves to the parser anything that could be Markdown', () => {
    for (const s of [
      'Mail ops@example.com',
      'See www.example.com',
      'Open https://example.com',
      'Run `ls`',
      'Set __IMAGE_NAME__',
      'Line ends with two spaces  ',
      'A  gap',
      '1. first',
      '- item',
      '# Heading',
      'Tom & Jerry',
      'a <b> tag',
      'x | y',
      'two\nlines',
    ])
      expect([s, isPlainText(s)]).toEqual([s, false]);
    expect(isPlainText('Container exits: exec format error (wrong CPU architecture), ~5 min')).toBe(false);
    expect(isPlainText('Container exits: exec format error (wrong CPU architecture)')).toBe(true);
  });
});
