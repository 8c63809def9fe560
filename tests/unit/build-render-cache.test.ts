import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCacheDir, renderStamp } from '../../lib/render/cache';

const root = path.join(import.meta.dirname, '../..');
const contentDir = path.join(root, 'content');
const texts = readdirSync(contentDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(contentDir, f), 'utf8'));
const fences = texts.flatMap((t) =>
  [...t.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => [m[2], m[1] || null] as const),
);

/** Everything the pages render from the starter KB, with the renderer module loaded afresh. */
async function renderAll(): Promise<string[]> {
  vi.resetModules();
  const md = await import('../../lib/render/markdown');
  return [
    ...texts.map((t) => md.markdownToHtml(t)),
    ...texts.map((t) => renderToStaticMarkup(md.renderMarkdown(t, { inline: true }))),
    ...texts.map((t) => md.markdownToText(t)),
    ...fences.map(([code, lang]) => md.codeToHtml(code, lang)),
    ...fences.map(([code]) => renderToStaticMarkup(md.renderInlineCode(code.split('\n')[0]))),
  ];
}

function bytesIn(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

afterEach(() => {
  delete process.env.KB_RENDER_CACHE;
});

describe('render cache (KB_RENDER_CACHE)', () => {
  it('renders the same with a cold cache, a warm cache and none; a warm run renders nothing again', async () => {
    const uncached = await renderAll();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-render-'));
    process.env.KB_RENDER_CACHE = dir;
    expect(await renderAll()).toEqual(uncached);
    const written = bytesIn(dir);
    expect(readCacheDir(dir).size).toBeGreaterThan(texts.length * 2);
    expect(await renderAll()).toEqual(uncached);
    expect(bytesIn(dir)).toBe(written);
  }, 60_000);

  it('skips a torn last line (a process killed mid-write)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-render-'));
    writeFileSync(path.join(dir, 'part-1.jsonl'), `${JSON.stringify(['k1', '"v1"'])}\n["k2", "\\"v`);
    expect([...readCacheDir(dir)]).toEqual([['k1', '"v1"']]);
  });

  it('is stamped by the renderer sources and the lockfile', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'kb-stamp-'));
    mkdirSync(path.join(copy, 'lib'));
    cpSync(path.join(root, 'lib/render'), path.join(copy, 'lib/render'), { recursive: true });
    cpSync(path.join(root, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    const before = renderStamp(copy);
    expect(renderStamp(copy)).toBe(before);
    writeFileSync(path.join(copy, 'lib/render/schema.ts'), '// changed\n', { flag: 'a' });
    const afterRender = renderStamp(copy);
    expect(afterRender).not.toBe(before);
    writeFileSync(path.join(copy, 'package-lock.json'), '\n', { flag: 'a' });
    expect(renderStamp(copy)).not.toBe(afterRender);
  });
});
