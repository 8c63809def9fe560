import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toString as textOf } from 'hast-util-to-string';
import {
  codeToHast,
  codeToHtml,
  markdownToHtml,
  markdownToText,
  renderInlineCode,
  renderMarkdown,
} from '../../lib/render/markdown';

const hostile = readFileSync(path.join(import.meta.dirname, '../fixtures/render-hostile.md'), 'utf8');
/** The page gets entry Markdown both ways: React elements (inline Markdown) and an HTML string (blocks of prose). */
const outputs = [
  ['renderMarkdown (React elements)', renderToStaticMarkup(renderMarkdown(hostile))],
  ['markdownToHtml (HTML string)', markdownToHtml(hostile)],
] as const;

describe.each(outputs)('%s: sanitizing (tests/fixtures/render-hostile.md)', (_, html) => {
  it('drops scripts, styles and frames with their content', () => {
    expect(html).not.toMatch(/<script|<style|<iframe/i);
    expect(html).not.toContain('__pwned = 1');
    expect(html).not.toContain('frame body');
    expect(html).not.toContain('display: none');
  });

  it('drops event handlers and inline styles', () => {
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).toContain('div text');
  });

  it('drops javascript:, data: and vbscript: URLs in any case, keeps the link text', () => {
    expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
    for (const text of ['>js<', '>JS upper<', '>data<', '>vb<', '>raw link<']) expect(html).toContain(text);
  });

  it('keeps http(s) and relative links; absolute ones get rel=noopener', () => {
    expect(html).toContain('<a href="https://example.com/docs" rel="nofollow noopener noreferrer">docs</a>');
    expect(html).toContain('<a href="/kb/OTHER_001#solution">internal</a>');
  });

  it('keeps the safe HTML GitHub allows, and gives images an alt', () => {
    expect(html).toContain('<b>bold</b>');
    expect(html).toContain('<details><summary>More</summary>Hidden detail</details>');
    expect(html).toMatch(/<img src="x" alt=""\/?>/);
  });

  it('wraps placeholders in inline code and in highlighted blocks, not dunders or language macros', () => {
    expect(html).toContain(`<code>docker run ${span('IMAGE_NAME')}</code>`);
    expect(html).toContain('<code>__init__</code>');
    expect(html).toContain('<code>__FILE__</code>');
    expect(html).toMatch(
      new RegExp(`<span class="hljs-string">(&quot;|")${escape(span('IMAGE_NAME'))}(&quot;|")</span>`),
    );
  });
});

/** The markup the variables panel looks for (`[data-var]`), the same in both outputs. */
function span(name: string): string {
  return `<span class="kb-var" data-var="${name}" data-placeholder="${name}">${name}</span>`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('placeholders in code', () => {
  it('renders a code block highlighted, focusable, with its text unchanged', () => {
    const code = 'docker build \\\n  -t __IMAGE_NAME__ . # build it';
    const out = codeToHtml(code, 'bash');
    expect(out).toMatch(/^<pre tabindex="0"><code class="hljs language-bash">/);
    expect(out).toContain('<span class="hljs-comment"># build it</span>');
    expect(textOf(codeToHast(code, 'bash'))).toBe(code.replace('__IMAGE_NAME__', 'IMAGE_NAME'));
  });

  it('shows an unknown language as plain text', () => {
    const out = codeToHtml('Get-Process <x>', 'no-such-lang');
    expect(out).toContain('Get-Process &lt;x>');
  });

  it('wraps placeholders in an inline command', () => {
    expect(renderToStaticMarkup(renderInlineCode('kubectl -n __NS__ get pods'))).toBe(
      `<code>kubectl -n ${span('NS')} get pods</code>`,
    );
  });
});

describe('inline Markdown', () => {
  it('drops the paragraph around a single line', () => {
    expect(renderToStaticMarkup(renderMarkdown('Fails with `exec format error`', { inline: true }))).toBe(
      'Fails with <code>exec format error</code>',
    );
  });

  it('gives the reader-visible text', () => {
    expect(markdownToText('**Fix** <script>x()</script> `a` → [b](javascript:c)')).toBe('Fix a → b');
  });
});

describe('highlight pruning', () => {
  it('unwraps token spans the theme does not colour and keeps the text', () => {
    const code = '{\n  "port": "__PORT__",\n  "on": true\n}';
    const out = codeToHtml(code, 'json');
    expect(out).not.toContain('hljs-punctuation');
    expect(out).toContain('<span class="hljs-attr">"port"</span>');
    expect(out).toContain('<span class="hljs-keyword">true</span>');
    expect(textOf(codeToHast(code, 'json'))).toBe(code.replace('__PORT__', 'PORT'));
  });
});

describe('languages beyond the common set', () => {
  const tokens = (html: string) => [...html.matchAll(/class="(hljs-[^"]+)"/g)].map((m) => m[1]);

  it.each(['powershell', 'ps1', 'pwsh'])('highlights PowerShell as %s, placeholders kept', (lang) => {
    const out = codeToHtml('$env:PORT = "__PORT__"\nGet-Process -Id 42 # who', lang);
    expect(tokens(out)).toEqual([
      'hljs-variable',
      'hljs-string',
      'hljs-built_in',
      'hljs-literal',
      'hljs-number',
      'hljs-comment',
    ]);
    expect(out).toContain(span('PORT'));
  });

  it.each(['dockerfile', 'docker'])('highlights a Dockerfile as %s and unwraps the embedded shell', (lang) => {
    const code = 'FROM node:20 AS build\nRUN npm ci && echo ok';
    const out = codeToHtml(code, lang);
    expect(tokens(out)).toEqual(['hljs-keyword', 'hljs-number', 'hljs-keyword', 'hljs-built_in']);
    expect(out).not.toContain('class="bash"');
    expect(textOf(codeToHast(code, lang))).toBe(code);
  });
});
