/**
 * Fuzz test: random and mutated entries through validation and search never throw, never hang,
 * and every diagnostic names a file and a position. Short by default (CI); run longer with
 *   KB_FUZZ_RUNS=5000 npx vitest run tests/unit/hardening-fuzz.test.ts
 * (KB_FUZZ_SEED=<n> replays a run; fast-check prints the seed and the shrunk input on failure).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Diagnostic, inFile } from '../../lib/diagnostics';
import { parseEntryFile } from '../../lib/content/entry';
import { loadKb } from '../../lib/content/kb';
import { decode } from '../../lib/content/load';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader, type SearchEngine } from '../../lib/search/engine';
import { body, entryFile, frontmatter } from './factories';

const RUNS = Number(process.env.KB_FUZZ_RUNS) || 60;
const SEED = process.env.KB_FUZZ_SEED ? Number(process.env.KB_FUZZ_SEED) : undefined;
/** Longest any single input may take (ms); generous for a shared 2-core CI machine. */
const BOUND_MS = 3000;
const root = path.resolve(import.meta.dirname, '../..');
const params = (runs: number) => ({ numRuns: runs, seed: SEED, endOnFailure: true });

/** Fragments that have broken parsers before: YAML aliases, tags, merge keys, quotes, fences, controls. */
const HOSTILE = [
  '*a',
  '&a ',
  '<<: *a',
  '!!js/function "x"',
  '!!binary',
  '? ',
  '- ',
  ': ',
  '{',
  '[',
  '"',
  "'",
  '\t',
  '\n',
  '\r\n',
  '\r',
  '---\n',
  '```\n',
  '~~~',
  '`',
  '__',
  '__X__',
  '# ',
  '## ✅ SOLUTION',
  '\u0000',
  '\u001b]0;t\u0007',
  '\uFEFF',
  '\uFFFD',
  'Ã©',
  'â€”',
  '🖍️',
  '\u202e',
  '<script>',
  '<img src=x onerror=1>',
  '__proto__: 1',
  'constructor: x',
  'kb_id: ',
  'a'.repeat(300),
];

const seedEntry = entryFile(
  frontmatter({ variables: { IMAGE_NAME: { description: 'd', pattern: '^[a-z]+$' } } }),
  body(),
);

/** A valid entry with random edits: inserts of hostile fragments or random text, deletions, repeats. */
const mutatedEntry = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })),
      fc.integer({ min: 0, max: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((edits) =>
    edits.reduce((text, [at, piece, kind]) => {
      const i = at % (text.length + 1);
      if (kind === 0) return text.slice(0, i) + text.slice(i + piece.length);
      if (kind === 3) return text.slice(0, i) + piece.repeat(50) + text.slice(i);
      return text.slice(0, i) + piece + text.slice(i);
    }, seedEntry),
  );

/** Arbitrary text: random strings, and `---` blocks of random YAML-ish lines. */
const anyText = fc.oneof(
  mutatedEntry,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })), { maxLength: 40 })
    .map((parts) => `---\n${parts.join('')}\n---\n${parts.reverse().join('')}`),
);

function expectWellFormed(list: Diagnostic[], files: readonly string[]): void {
  for (const d of list) {
    expect(files).toContain(d.file);
    expect(Number.isInteger(d.line) && d.line >= 1, `${d.code} line ${d.line}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `${d.code} column ${d.column}`).toBe(true);
    expect(d.code).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
    expect(typeof d.hint === 'string' && d.hint.length > 0).toBe(true);
  }
}

function timed<T>(fn: () => T): T {
  const started = performance.now();
  const result = fn();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return result;
}

describe('fuzz: validation of random and mutated entries', () => {
  it('parseEntryFile never throws or hangs and every diagnostic has a file and position', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = timed(() => parseEntryFile('FUZZ_001.md', text));
        expectWellFormed(inFile('FUZZ_001.md', parsed.diagnostics), ['FUZZ_001.md']);
        if (parsed.entry === null) expect(parsed.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      params(RUNS * 4),
    );
  });

  it('random bytes (any encoding, BOMs, CR line ends) decode and validate without throwing', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      mutatedEntry.chain((t) =>
        fc.constantFrom(
          Buffer.from(t, 'utf8'),
          Buffer.from(t, 'latin1'),
          Buffer.from(t, 'utf16le'),
          Buffer.from(`\uFEFF${t.replace(/\n/g, '\r\n')}`),
        ),
      ),
    );
    fc.assert(
      fc.property(bytes, (raw) => {
        const { text, invalidUtf8 } = decode(raw);
        const parsed = timed(() => parseEntryFile('FUZZ_001.md', text, { invalidUtf8 }));
        expectWellFormed(inFile('FUZZ_001.md', parsed.diagnostics), ['FUZZ_001.md']);
        if (invalidUtf8) expect(parsed.diagnostics.map((d) => d.code)).toContain('encoding-invalid');
      }),
      params(RUNS * 2),
    );
  });

  it('a large entry (1 MB body) validates within the bound', () => {
    const big = entryFile(frontmatter(), body({ rest: `## Notes\n\n${'word '.repeat(200_000)}\n` }));
    expectWellFormed(inFile('TEST_ENTRY_001.md', timed(() => parseEntryFile('TEST_ENTRY_001.md', big)).diagnostics), [
      'TEST_ENTRY_001.md',
    ]);
  });

  it('kb validate over a folder of random files: every file problem is reported against that file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kb-fuzz-'));
        const names = texts.map((_, i) => `FUZZ_${String(i).padStart(3, '0')}.md`);
        texts.forEach((t, i) => writeFileSync(path.join(dir, names[i]), t));
        const kb = await loadKb(dir, { cwd: dir });
        expectWellFormed(kb.diagnostics, names);
        for (const name of names) {
          const valid = kb.entries.some((e) => e.file === name);
          expect(valid || kb.diagnostics.some((d) => d.file === name && d.severity === 'error'), name).toBe(true);
        }
      }),
      params(Math.ceil(RUNS / 3)),
    );
  });
});

describe('fuzz: search over the starter KB', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(memoryLoader(indexEntries((await loadKb(path.join(root, 'content'))).entries)));
  });

  it('random queries never throw and answer within the bound', async () => {
    const query = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.constantFrom(...HOSTILE, 'error', 'docker', 'exec format', 'ENOSPC', ':', '/', '0x'), {
          maxLength: 60,
        })
        .map((p) => p.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(query, fc.integer({ min: 1, max: 20 }), async (q, limit) => {
        const started = performance.now();
        const { results } = await engine.search(q, limit);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(results.length).toBeLessThanOrEqual(limit);
      }),
      params(RUNS * 2),
    );
  });
});
