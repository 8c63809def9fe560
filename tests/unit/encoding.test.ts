import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixEncoding } from '../../lib/cli/fix-encoding';
import { UsageError, type CliIO } from '../../lib/cli/io';
import { CP1252, CP1254, decodeCodePage, type CodePage } from '../../lib/encoding/code-pages';
import { findMojibake } from '../../lib/encoding/detect';
import { inexactDiagnostic, repairMojibake } from '../../lib/encoding/repair';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/encoding');
const SEED = 'seed-damaged.md';

/** What the damage did: UTF-8 bytes read as a Windows code page, undefined bytes dropped. */
function damage(text: string, page: CodePage = CP1254): string {
  return decodeCodePage(new TextEncoder().encode(text), page);
}

function fakeIO(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', cwd, env: {} };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const seedText = (): Promise<string> => readFile(path.join(FIXTURES, SEED), 'utf8');

describe('code pages', () => {
  it('leave the documented bytes undefined', () => {
    const hex = (p: CodePage): string[] => p.undefinedBytes.map((b) => b.toString(16).toUpperCase());
    expect(hex(CP1252)).toEqual(['81', '8D', '8F', '90', '9D']);
    expect(hex(CP1254)).toEqual(['81', '8D', '8E', '8F', '90', '9D', '9E']);
  });

  it('differ from Latin-1 in the Turkish letters and 0x80–0x9F', () => {
    expect(decodeCodePage(Uint8Array.from([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe]), CP1254)).toBe('ĞİŞğış');
    expect(decodeCodePage(Uint8Array.from([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe]), CP1252)).toBe('ÐÝÞðýþ');
    expect(damage('—🔍', CP1254)).toBe('â€”ğŸ”');
    expect(damage('🔍', CP1252)).toBe('ðŸ”');
  });
});

describe('findMojibake', () => {
  it('finds every damaged run of the seed, with position and suggestion', async () => {
    const spots = findMojibake(await seedText());
    expect(spots).toHaveLength(28);
    expect(spots.slice(0, 5)).toEqual([
      { line: 13, column: 28, found: 'â€”', suggestion: '—', exact: true },
      { line: 15, column: 55, found: 'â†’', suggestion: '→', exact: true },
      { line: 20, column: 4, found: 'ğŸ”', suggestion: '🔍', exact: false },
      { line: 31, column: 4, found: 'âœ…', suggestion: '✅', exact: true },
      { line: 33, column: 5, found: 'ğŸ¯', suggestion: '🎯', exact: false },
    ]);
    const distinct = new Map(spots.map((s) => [s.found, s.suggestion]));
    expect(Object.fromEntries(distinct)).toEqual({
      'â€”': '—',
      'â†’': '→',
      'ğŸ”': '🔍',
      'âœ…': '✅',
      'ğŸ¯': '🎯',
      'ğŸ–ï¸': '🖍️',
      'âš¡': '⚡',
      'âœ“': '✓',
      'ğŸ“Œ': '📌',
      'âœ”ï¸': '✔️',
      'â¤µ': '⤵',
      'ğŸ”„': '🔄',
      'ğŸ’¡': '💡',
      'âœ—': '✗',
    });
  });

  it.each([
    ['em dash', 'a â€” b', ['—']],
    ['emoji, dropped byte', '## ğŸ” Problem', ['🔍']],
    ['check mark', 'âœ“ ok', ['✓']],
    ['emoji + VS16, two dropped bytes', '# ğŸ–ï¸ VAR', ['🖍️']],
    ['Latin-1 letter', 'cafÃ©', ['é']],
    ['Turkish letters', 'Ã‡alÄ±ÅŸma', ['Ç', 'ış']],
    ['cp1252 emoji', 'ðŸ”', ['🔍']],
    ['undefined byte kept as a C1 control', 'ğŸ”\u008D', ['🔍']],
    ['right quote, dropped 0x9D', 'â€', ['”']],
    ['BOM', 'ï»¿text', ['\uFEFF']],
    ['CJK', 'ä¸­æ–‡', ['中文']],
    ['Cyrillic pair', 'ĞŸÑ€', ['Пр']],
    ['a replacement character', 'ï¿½', ['\uFFFD']],
  ])('finds %s', (_name, text, suggestion) => {
    expect(findMojibake(text).map((s) => s.suggestion)).toEqual(suggestion);
  });

  it('does not flag legitimate multilingual text', () => {
    const legit = [
      'Çalışma dizini değişti',
      'Dağ…”',
      'İstanbul’da ŞEKER',
      'ağaç, yağmur, çiğdem',
      'café',
      'à la «carte»',
      '«café»',
      'l’été”',
      'Größe',
      'Straße–Weg',
      '„Ärger“',
      'Ĳssel',
      '”Å”',
      'año”',
      'habló…”',
      'señor’',
      '¿Qué? ¡Sí!',
      'ação e não',
      'NÃO',
      'Þórður við',
      'Ñandú',
      '“quotes” ‘single’ — dash – en … ellipsis',
      '5 °C ± 0,5 · 10² µs © ® ™ € £ ¥ §',
      '🔍 ✅ 🎯 ⚡ 📌 ✔️ 🔄 💡 🖍️ ✓ ✗ → ⤵',
      '👩‍💻 🇹🇷 👍🏽',
      '中文字符 日本語 한국어',
      'Привет, мир',
      'Ελληνικά',
      'עברית',
      'العربية',
      'Tiếng Việt',
      'zażółć gęślą jaźń',
      'x Â y',
      'Ã',
    ];
    for (const text of legit) expect([text, findMojibake(text)]).toEqual([text, []]);
  });
});

describe('repairMojibake', () => {
  it('restores the seed: template emoji, no damage left, ASCII untouched', async () => {
    const seed = await seedText();
    const { text } = repairMojibake(seed);
    expect(findMojibake(text)).toEqual([]);
    const ascii = (s: string): string => s.replace(/[^\x00-\x7f]/g, '');
    expect(ascii(text)).toBe(ascii(seed));
    const headings = text
      .split('\n')
      .filter((l) => /^#{2,3} /.test(l))
      .map((l) => [...l.replace(/^#+ /, '')][0]);
    expect(headings.join(' ')).toBe('🔍 ✅ 🎯 ⚡ 📌 ✔ 🔄 O O 💡'); // `### Option N` has no emoji
    expect(text).toContain('# 🖍️ VAR');
    expect(text).toContain("**If it didn't work** → see Fallback below ⤵");
  });

  it('reports the seed spots that needed a guess', async () => {
    const { spots } = repairMojibake(await seedText());
    const inexact = spots
      .filter((s) => !s.exact)
      .map((s) => `${s.line}:${s.column} ${s.found} -> ${s.suggestion} (${s.codePoints})`);
    expect(inexact).toMatchInlineSnapshot(`
      [
        "20:4 ğŸ” -> 🔍 (U+1F50D)",
        "33:5 ğŸ¯ -> 🎯 (U+1F3AF)",
        "37:60 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
        "41:86 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
        "55:4 âœ”ï¸ -> ✔️ (U+2714 U+FE0F)",
        "59:54 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
        "62:58 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
        "78:53 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
        "85:43 ğŸ–ï¸ -> 🖍️ (U+1F58D U+FE0F)",
      ]
    `);
    expect(spots.flatMap((s) => inexactDiagnostic(s) ?? []).slice(0, 3)).toMatchInlineSnapshot(`
      [
        {
          "code": "encoding-inexact",
          "column": 4,
          "hint": "check it against the original and edit the character if another one was meant",
          "line": 20,
          "message": ""ğŸ”" restored as "🔍" (U+1F50D); the dropped byte could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so 🔍 could also be 🔎 🔏 🔐 🔁 🔝 🔞 (+8 more)",
          "severity": "warning",
        },
        {
          "code": "encoding-inexact",
          "column": 5,
          "hint": "check it against the original and edit the character if another one was meant",
          "line": 33,
          "message": ""ğŸ¯" restored as "🎯" (U+1F3AF); the dropped byte could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so 🎯 could also be 🍯 🏯 🐯 🁯 🝯 🞯 (+8 more)",
          "severity": "warning",
        },
        {
          "code": "encoding-inexact",
          "column": 60,
          "hint": "check it against the original and edit the character if another one was meant",
          "line": 37,
          "message": ""ğŸ–ï¸" restored as "🖍️" (U+1F58D U+FE0F); the dropped bytes could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so 🖍 could also be 🖎 🖏 🖐 🖁 🖝 🖞 (+8 more) and U+FE0F could also be U+FE0E ︐ U+FE0D U+FE01",
          "severity": "warning",
        },
      ]
    `);
  });

  it('puts U+FFFD where no reading is a template character or emoji', () => {
    const { text, spots } = repairMojibake('set ï¸ here'); // U+FE0F-like, but after no emoji
    expect(text).toBe('set \uFFFD here');
    expect(inexactDiagnostic(spots[0])?.message).toMatchInlineSnapshot(
      `""ï¸" restored as "�" (U+FFFD); the dropped byte could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so it could be ︐ U+FE0F U+FE0E U+FE0D U+FE01, none of them a template character or emoji"`,
    );
  });

  it('leaves text without damage unchanged (property)', () => {
    const noDamage = (s: string): boolean => findMojibake(s).length === 0;
    fc.assert(fc.property(fc.string({ unit: 'binary' }).filter(noDamage), (s) => repairMojibake(s).text === s));
    const lookalikes = fc.constantFrom(
      ...'aZ 1\nÂÃÄÅÇÉâãäåçéğĞıİşŞðÐ€‚„…†‰‹Œ‘’“”•–—˜™š›œŸ¡©«®°±²³µ¶·»¿ï¸ŽžŠ'.split(''),
    );
    fc.assert(
      fc.property(fc.string({ unit: lookalikes, maxLength: 8 }).filter(noDamage), (s) => repairMojibake(s).text === s),
      { numRuns: 500 },
    );
  });

  it('undoes damage that dropped no byte (property)', () => {
    const plausible = (cp: number): boolean => !/[\p{Cn}\p{Co}\p{Cs}]/u.test(String.fromCodePoint(cp));
    const char = (min: number, max: number): fc.Arbitrary<string> =>
      fc
        .integer({ min, max })
        .filter(plausible)
        .map((cp) => String.fromCodePoint(cp));
    // Two-byte characters beyond U+00FF are left out: a lone `Ğ¶` (ж) is not flagged, see below.
    const unit = fc.oneof(
      fc.constantFrom(...'ab \n#-'.split('')),
      char(0x80, 0xff),
      char(0x800, 0xffff),
      char(0x1f300, 0x1faff),
    );
    const dropsNothing = (s: string): boolean => [...damage(s)].length === new TextEncoder().encode(s).length;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }).filter(dropsNothing), (s) => repairMojibake(damage(s)).text === s),
      { numRuns: 1000 },
    );
  });

  it('known limits: a lone two-byte character or a fully dropped sequence is not found', () => {
    expect(findMojibake(damage('ж'))).toEqual([]); // `Ğ¶` could be real text
    expect(findMojibake(damage('ą'))).toEqual([]); // `Ä…` reads like `Ä` + ellipsis
    expect(damage('Á')).toBe('Ã'); // 0x81 dropped: a lone `Ã` is indistinguishable
    expect(findMojibake(damage('Á'))).toEqual([]);
    expect(findMojibake(damage('жж'))).toHaveLength(1); // two in a row are
  });
});

describe('kb fix-encoding', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kb-fix-encoding-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const SMALL = '# Title â€” damaged\n\n## ğŸ” Symptoms\n\n- âœ“ fine\n';

  it('prints a unified diff and warns about guessed spots, changing nothing', async () => {
    await writeFile(path.join(dir, 'X.md'), SMALL);
    const { io, out, err } = fakeIO(dir);
    expect(await fixEncoding(['X.md'], io)).toBe(0);
    expect(out()).toMatchInlineSnapshot(`
      "Index: X.md
      ===================================================================
      --- X.md	damaged
      +++ X.md	repaired
      @@ -1,5 +1,5 @@
      -# Title â€” damaged
      +# Title — damaged
       
      -## ğŸ” Symptoms
      +## 🔍 Symptoms
       
      -- âœ“ fine
      +- ✓ fine
      "
    `);
    expect(err()).toMatchInlineSnapshot(`
      "X.md:3:4 warning encoding-inexact "ğŸ”" restored as "🔍" (U+1F50D); the dropped byte could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so 🔍 could also be 🔎 🔏 🔐 🔁 🔝 🔞 (+8 more)
        hint: check it against the original and edit the character if another one was meant
      "
    `);
    expect(await readFile(path.join(dir, 'X.md'), 'utf8')).toBe(SMALL);
  });

  it('diffs the seed: every damaged line is replaced', async () => {
    const { io, out, err } = fakeIO(FIXTURES);
    expect(await fixEncoding([SEED], io)).toBe(0);
    expect(out()).toContain('-## ğŸ” This Is Your Problem If:\n+## 🔍 This Is Your Problem If:\n');
    expect(err().match(/warning encoding-inexact/g)).toHaveLength(9);
    expect(err().split('\n')[0]).toMatchInlineSnapshot(
      `"seed-damaged.md:20:4 warning encoding-inexact "ğŸ”" restored as "🔍" (U+1F50D); the dropped byte could have been any of 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E (undefined in windows-1254), so 🔍 could also be 🔎 🔏 🔐 🔁 🔝 🔞 (+8 more)"`,
    );
  });

  it('--write replaces the file atomically and says what changed', async () => {
    const file = path.join(dir, 'seed.md');
    await writeFile(file, await seedText());
    const { io, out } = fakeIO(dir);
    expect(await fixEncoding(['--write', 'seed.md'], io)).toBe(0);
    expect(out().split('\n').slice(0, 4)).toMatchInlineSnapshot(`
      [
        "seed.md: repaired 28 damaged runs (9 guessed)",
        "  13:28 "â€”" -> "—"",
        "  15:55 "â†’" -> "→"",
        "  20:4 "ğŸ”" -> "🔍"",
      ]
    `);
    expect(await readFile(file, 'utf8')).toBe(repairMojibake(await seedText()).text);
    expect(await readdir(dir)).toEqual(['seed.md']);

    const again = fakeIO(dir);
    expect(await fixEncoding(['seed.md', '--write'], again.io)).toBe(0);
    expect(again.out()).toBe('seed.md: no damaged encoding found\n');
  });

  it('says so when nothing is damaged', async () => {
    await writeFile(path.join(dir, 'ok.md'), '# Çalışma — “fine” 🔍\n');
    const { io, out, err } = fakeIO(dir);
    expect(await fixEncoding(['ok.md'], io)).toBe(0);
    expect(out()).toBe('ok.md: no damaged encoding found\n');
    expect(err()).toBe('');
  });

  it('exits 1 naming a file it cannot read, and still handles the others', async () => {
    await writeFile(path.join(dir, 'X.md'), SMALL);
    const { io, out, err } = fakeIO(dir);
    expect(await fixEncoding(['missing.md', 'X.md', '--write'], io)).toBe(1);
    expect(err()).toContain('missing.md: cannot read file: no such file\n');
    expect(out()).toContain('X.md: repaired 3 damaged runs (1 guessed)');
  });

  it('rejects unknown options and a missing file list', async () => {
    const { io } = fakeIO(dir);
    await expect(fixEncoding(['--wrte', 'X.md'], io)).rejects.toThrow(UsageError);
    await expect(fixEncoding(['--wrte', 'X.md'], io)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown option --wrte (did you mean --write?)]`,
    );
    await expect(fixEncoding(['--write'], io)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: no files given: kb fix-encoding FILE... [--write]]`,
    );
  });
});
