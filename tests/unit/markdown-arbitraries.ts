import fc from 'fast-check';

/**
 * One piece of generated Markdown: letters, digits, spaces, every character Markdown or GFM gives a meaning to on one
 * line, bare-URL starts, a placeholder and a hard-break run; `extra` adds pieces a test needs (a newline, a fence).
 */
export function markdownUnit(...extra: string[]): fc.Arbitrary<string> {
  return fc.constantFrom(
    ...'aZéж5 .,:;!?\'"()#/-+=%$^{}'.split(''),
    ...'\\`*_[]<>&@~|\t'.split(''),
    'www.',
    'http://',
    '__NAME__',
    '  ',
    ...extra,
  );
}
