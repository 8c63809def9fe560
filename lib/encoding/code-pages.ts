/**
 * Windows-1252 and Windows-1254 as small data: only where they differ from Latin-1.
 * Bytes 0xA0–0xFF map to U+00A0–U+00FF except the six Turkish letters of cp1254;
 * 0x80–0x9F hold typographic signs, and a few bytes are not defined at all.
 */

/** A single-byte Windows code page, as needed to undo a wrong decode. */
export interface CodePage {
  /** Name as used in messages, e.g. `windows-1254`. */
  name: string;
  /** Character → byte for every byte 0x80–0xFF the page defines. */
  toByte: ReadonlyMap<string, number>;
  /** Bytes the page leaves undefined: a decoder drops them (or keeps them as C1 controls). */
  undefinedBytes: readonly number[];
}

/** cp1252 at 0x80–0x9F, index = byte − 0x80; `null` marks an undefined byte. */
const CP1252_HIGH: readonly (string | null)[] = [
  '€',
  null,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  null,
  'Ž',
  null,
  null,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  null,
  'ž',
  'Ÿ',
];

/** cp1254 letters that replace Latin-1 (Icelandic letters → Turkish letters). */
const CP1254_LETTERS: ReadonlyMap<number, string> = new Map([
  [0xd0, 'Ğ'],
  [0xdd, 'İ'],
  [0xde, 'Ş'],
  [0xf0, 'ğ'],
  [0xfd, 'ı'],
  [0xfe, 'ş'],
]);

function buildPage(name: string, high: readonly (string | null)[], letters: ReadonlyMap<number, string>): CodePage {
  const toByte = new Map<string, number>();
  const undefinedBytes: number[] = [];
  high.forEach((ch, i) => (ch === null ? undefinedBytes.push(0x80 + i) : toByte.set(ch, 0x80 + i)));
  for (let b = 0xa0; b <= 0xff; b++) toByte.set(letters.get(b) ?? String.fromCharCode(b), b);
  return { name, toByte, undefinedBytes };
}

/** Windows-1252 (Western European). Undefined: 0x81 0x8D 0x8F 0x90 0x9D. */
export const CP1252: CodePage = buildPage('windows-1252', CP1252_HIGH, new Map());

/** Windows-1254 (Turkish). Undefined: 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E. */
export const CP1254: CodePage = buildPage(
  'windows-1254',
  CP1252_HIGH.map((ch) => (ch === 'Ž' || ch === 'ž' ? null : ch)),
  CP1254_LETTERS,
);

/**
 * The byte a damaged character stands for under either page (their defined characters
 * never clash), or `undefined` for ASCII and characters neither page holds.
 * A C1 control U+0080–U+009F is its own byte: some decoders keep undefined bytes that way.
 */
export function charToByte(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x80 && code <= 0x9f) return code;
  return CP1254.toByte.get(ch) ?? CP1252.toByte.get(ch);
}

/** Picks the page a damaged text was decoded with: cp1252 only if it shows cp1252-only letters. */
export function guessCodePage(damaged: string): CodePage {
  const only1252 = /[ŽžÐÝÞðýþ]/u.test(damaged);
  const only1254 = /[ĞİŞğış]/u.test(damaged);
  return only1252 && !only1254 ? CP1252 : CP1254;
}

/** Decodes bytes as the page would, dropping undefined bytes: how the damage happened. */
export function decodeCodePage(bytes: Uint8Array, page: CodePage): string {
  const fromByte = new Map<number, string>();
  for (const [ch, b] of page.toByte) fromByte.set(b, ch);
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (fromByte.get(b) ?? '');
  return out;
}
