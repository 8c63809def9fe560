import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import { entryMetadata } from '../../lib/site/meta';
import { sitemapOf } from '../../lib/site/sitemap';
import { body, entryFile, frontmatter } from './factories';

const entry = parseEntryFile('TEST_ENTRY_001.md', entryFile(frontmatter({ updated: '2026-03-01' }), body())).entry!;

describe('entry metadata', () => {
  it('describes the page from its TL;DR, with Open Graph tags', () => {
    const meta = entryMetadata(entry, null);
    expect(meta.description).toBe('exec format error → rebuild for the right --platform');
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      title: 'Container exits with exec format error',
      modifiedTime: '2026-03-01',
    });
    expect(meta.alternates).toBeUndefined();
  });
  it('gives a canonical URL only when the site URL is known', () => {
    const meta = entryMetadata(entry, 'https://kb.example.com');
    expect(meta.alternates?.canonical).toBe('https://kb.example.com/kb/TEST_ENTRY_001');
    expect(meta.openGraph).toMatchObject({ url: 'https://kb.example.com/kb/TEST_ENTRY_001' });
  });
});

describe('sitemap', () => {
  it('lists pages and entries, absolute with a site URL', () => {
    expect(sitemapOf([entry], ['/'], 'https://kb.example.com')).toEqual([
      { url: 'https://kb.example.com/' },
      { url: 'https://kb.example.com/kb/TEST_ENTRY_001', lastModified: '2026-03-01' },
    ]);
    expect(sitemapOf([entry], [], null)[0].url).toBe('/kb/TEST_ENTRY_001');
  });
});
