import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { staticHtml } from '../../components/code/static-html';
import { jsxToHtml, prerendered } from '../../lib/render/jsx-html';
import { renderInlineCode, renderMarkdown } from '../../lib/render/markdown';

const contentDir = path.join(import.meta.dirname, '../../content');
const hostile = readFileSync(path.join(import.meta.dirname, '../fixtures/render-hostile.md'), 'utf8');

function Fact({ label, children }: { label: string; children?: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

describe('jsxToHtml writes what react-dom/server writes', () => {
  it('for host elements, components, fragments, attributes and escaping', () => {
    const tree = (
      <section aria-labelledby="x" className="a b" data-screen-only="" tabIndex={-1}>
        <>
          {'Tom & "Jerry" <3 \'quoted\''}
          {0}
          {null}
          {false}
          {undefined}
        </>
        <Fact label="Created">
          <time dateTime="2026-01-02">2026-01-02</time>
        </Fact>
        <label htmlFor="f" hidden>
          {['a', 'b', 1]}
        </label>
        <input type="checkbox" disabled readOnly={false} />
        <br />
        <div aria-hidden="true" />
        <div dangerouslySetInnerHTML={{ __html: '<b>raw</b>' }} />
        <a href="#x" aria-label="Link to “x”">
          #
        </a>
      </section>
    );
    expect(jsxToHtml(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('for every Markdown string of the starter KB and the hostile fixture', () => {
    const texts = [
      hostile,
      ...readdirSync(contentDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(path.join(contentDir, f), 'utf8')),
    ];
    for (const text of texts) {
      // React hoists a preload link for each image to the head; a static part leaves that to the browser.
      const react = (node: React.ReactNode) =>
        renderToStaticMarkup(<>{node}</>).replace(/<link rel="preload" as="image"[^>]*\/>/g, '');
      for (const node of [renderMarkdown(text), renderMarkdown(text, { inline: true })])
        expect(jsxToHtml(node)).toBe(react(node));
    }
    const inline = renderInlineCode('docker run --name __APP__ -p "__PORT__:80" <img>');
    expect(jsxToHtml(inline)).toBe(renderToStaticMarkup(<>{inline}</>));
  });

  it('writes a part whose HTML is already known as that HTML', () => {
    const part = createElement('span', null, 'ignored');
    prerendered.set(part, '<span>known</span>');
    expect(jsxToHtml(<p>{part}</p>)).toBe('<p><span>known</span></p>');
  });

  it('refuses what would need JavaScript: handlers, client components, async components', () => {
    expect(() => jsxToHtml(<button onClick={() => {}}>x</button>)).toThrow(/onClick needs JavaScript/);
    expect(() => jsxToHtml(<p style={{ color: 'red' }}>x</p>)).toThrow(/style as an object/);
    const client = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') });
    expect(() => jsxToHtml(createElement(client))).toThrow(/client component/);
    async function Later() {
      return <p />;
    }
    expect(() => jsxToHtml(createElement(Later as unknown as () => null))).toThrow(/async/);
  });
});

describe('staticHtml', () => {
  const part = (
    <section aria-labelledby="context" className="c">
      <Fact label="Root cause">{renderMarkdown('The **disk** is full: `df -h`', { inline: true })}</Fact>
    </section>
  );

  it('ships only the tag, attributes and a key; the server render writes the same element, keyed', () => {
    const island = staticHtml(part);
    const props = island.props as { as: string; attrs: Record<string, string>; h: string };
    expect(props.as).toBe('section');
    expect(props.attrs).toEqual({ 'aria-labelledby': 'context', className: 'c' });
    expect(JSON.stringify(props)).not.toContain('disk');
    const html = renderToStaticMarkup(island);
    const keyed = (
      <section aria-labelledby="context" className="c" data-h={props.h}>
        {(part.props as { children: React.ReactNode }).children}
      </section>
    );
    expect(html).toBe(renderToStaticMarkup(keyed));
  });

  it('nests: a static part inside another is written into the outer HTML', () => {
    const outer = staticHtml(
      <div className="o">
        {staticHtml(
          <p>
            inner <b>text</b>
          </p>,
        )}
      </div>,
    );
    expect(renderToStaticMarkup(outer)).toMatch(/^<div class="o" data-h="[^"]+"><p>inner <b>text<\/b><\/p><\/div>$/);
  });
});
