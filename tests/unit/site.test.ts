import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../lib/content/entry';
import type { EntryModel } from '../../lib/content/model';
import { backlinks, relatedEntries, summarize } from '../../lib/site/entries';
import { byCategory, entriesWith, homeGroups, sortForList, termCounts, termsOf } from '../../lib/site/taxonomy';
import { paths } from '../../lib/site/routes';
import { body, entryFile, frontmatter } from './factories';

/** An entry built through the real split → validate → parse pipeline. */
function entry(id: string, fm: Record<string, unknown> = {}, title = `# ${id} title`): EntryModel {
  const parsed = parseEntryFile(`${id}.md`, entryFile(frontmatter({ kb_id: id, ...fm }), body({ title })));
  if (!parsed.entry) throw new Error(`fixture ${id} did not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.entry;
}

const a = entry(
  'A_ENTRY_001',
  {
    category: 'devops',
    tags: ['docker', 'disk'],
    technologies: ['docker'],
    criticality: 'low',
    related_kb: ['B_ENTRY_001'],
  },
  '# Zeta',
);
const b = entry(
  'B_ENTRY_001',
  {
    category: 'devops',
    tags: ['docker'],
    technologies: ['docker', 'buildx'],
    criticality: 'critical',
    platform: 'macos',
  },
  '# Alpha',
);
const c = entry(
  'C_ENTRY_001',
  { category: 'git', tags: [], technologies: ['git'], criticality: 'low', related_kb: ['B_ENTRY_001', 'GONE_001'] },
  '# Beta',
);
const all = [a, b, c];

describe('taxonomy', () => {
  it('reads the terms of each kind', () => {
    expect(termsOf(b, 'category')).toEqual(['devops']);
    expect(termsOf(b, 'platform')).toEqual(['macos']);
    expect(termsOf(b, 'technology')).toEqual(['docker', 'buildx']);
    expect(termsOf(a, 'tag')).toEqual(['docker', 'disk']);
  });

  it('counts entries per term, sorted by term', () => {
    expect(termCounts(all, 'tag')).toEqual([
      { term: 'disk', count: 1 },
      { term: 'docker', count: 2 },
    ]);
    expect(termCounts(all, 'category')).toEqual([
      { term: 'devops', count: 2 },
      { term: 'git', count: 1 },
    ]);
    expect(termCounts(all, 'platform')).toEqual([
      { term: 'linux', count: 2 },
      { term: 'macos', count: 1 },
    ]);
  });

  it('lists the entries of a term, most critical first', () => {
    expect(entriesWith(all, 'technology', 'docker').map((e) => e.id)).toEqual(['B_ENTRY_001', 'A_ENTRY_001']);
    expect(entriesWith(all, 'tag', 'nope')).toEqual([]);
  });

  it('sorts equal criticality by title', () => {
    expect(sortForList([a, c]).map((e) => e.title)).toEqual(['Beta', 'Zeta']);
  });

  it('groups by category', () => {
    expect(byCategory(all).map((g) => [g.category, g.entries.map((e) => e.id)])).toEqual([
      ['devops', ['B_ENTRY_001', 'A_ENTRY_001']],
      ['git', ['C_ENTRY_001']],
    ]);
  });
});

describe('home groups', () => {
  it('lists the first entries of each category, most critical first, with the category total', () => {
    expect(homeGroups(all, 1).map((g) => [g.category, g.total, g.entries.map((e) => e.id)])).toEqual([
      ['devops', 2, ['B_ENTRY_001']],
      ['git', 1, ['C_ENTRY_001']],
    ]);
  });
});

describe('links between entries', () => {
  it('resolves related_kb in order and skips ids that are not in the KB', () => {
    expect(relatedEntries(all, c).map((e) => e.id)).toEqual(['B_ENTRY_001']);
  });

  it('finds the entries that reference an entry', () => {
    expect(backlinks(all, b).map((e) => e.id)).toEqual(['A_ENTRY_001', 'C_ENTRY_001']);
    expect(backlinks(all, a)).toEqual([]);
  });

  it('leaves out of the backlinks an entry this one already lists as related', () => {
    const x = entry('X_ENTRY_001', { related_kb: ['Y_ENTRY_001'] });
    const y = entry('Y_ENTRY_001', { related_kb: ['X_ENTRY_001'] });
    const z = entry('Z_ENTRY_001', { related_kb: ['X_ENTRY_001'] });
    expect(backlinks([x, y, z], x).map((e) => e.id)).toEqual(['Z_ENTRY_001']);
    expect(relatedEntries([x, y, z], x).map((e) => e.id)).toEqual(['Y_ENTRY_001']);
  });

  it('answers from an index built once per entries array, as a scan of every entry would', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(7), { maxLength: 4 }), { minLength: 1, maxLength: 8 }), (links) => {
        const ids = links.map((_, i) => `N_ENTRY_00${i}`);
        const graph = links.map((to, i) => ({
          ...a,
          id: ids[i],
          meta: { ...a.meta, related_kb: to.map((t) => `N_ENTRY_00${t}`) },
        }));
        for (const e of graph) {
          const scanned = graph.filter(
            (o) => o.id !== e.id && o.meta.related_kb.includes(e.id) && !e.meta.related_kb.includes(o.id),
          );
          expect(backlinks(graph, e)).toEqual(scanned);
          expect(relatedEntries(graph, e)).toEqual(
            e.meta.related_kb.flatMap((id) => graph.filter((o) => o.id === id).slice(0, 1)),
          );
        }
      }),
    );
  });
});

describe('summaries and paths', () => {
  it('summarizes an entry as plain props', () => {
    expect(summarize(b)).toEqual({
      id: 'B_ENTRY_001',
      title: 'Alpha',
      tldr: b.tldr,
      criticality: 'critical',
      category: 'devops',
    });
    expect(JSON.parse(JSON.stringify(summarize(b)))).toEqual(summarize(b));
  });

  it('builds the routes', () => {
    expect(paths.entry('B_ENTRY_001')).toBe('/kb/B_ENTRY_001');
    expect(paths.term('technology', 'c++')).toBe('/technology/c%2B%2B');
    expect(paths.index('tag')).toBe('/tag');
  });
});
