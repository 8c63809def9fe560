import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findVariables, splitPlaceholders, stripVarMarkers } from '../../lib/variables/placeholders';
import { specialCharacters } from '../../lib/variables/quote';

describe('placeholders', () => {
  it('finds upper-case placeholders, not dunders or macros', () => {
    expect(findVariables('__IMAGE_NAME__ __init__ __FILE__ __PORT__ __IMAGE_NAME__ __A_B__')).toEqual(['IMAGE_NAME', 'PORT', 'A_B']);
  });

  it('splits text into literal runs and placeholders that join back to the text', () => {
    expect(splitPlaceholders('run __A__ on __FILE__;__B__')).toEqual([
      { kind: 'text', text: 'run ' },
      { kind: 'variable', name: 'A', raw: '__A__' },
      { kind: 'text', text: ' on __FILE__;' },
      { kind: 'variable', name: 'B', raw: '__B__' },
    ]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('_', 'A', 'b', ' ', '_', 'F', 'I', 'L', 'E') }), (text) => {
        expect(splitPlaceholders(text).map((p) => (p.kind === 'text' ? p.text : p.raw)).join('')).toBe(text);
      }),
    );
  });

  it('strips the VAR authoring marker, intact or damaged, and nothing else', () => {
    expect(stripVarMarkers('docker build -t __IMAGE_NAME__ .  # 🖍️ VAR\necho ok # VAR\nx # ğŸ–ï¸ VAR')).toBe(
      'docker build -t __IMAGE_NAME__ .\necho ok\nx',
    );
    expect(stripVarMarkers('echo "# set VAR" # keep VAR here')).toBe('echo "# set VAR" # keep VAR here');
  });
});

describe('special characters', () => {
  it('names each character the shell reads specially once, in order', () => {
    expect(specialCharacters('"; rm -rf /')).toEqual(['"', ';', 'space']);
    expect(specialCharacters('acme/web:2')).toEqual([]);
    expect(specialCharacters('{rm,-rf,~}*?!#')).toEqual(['{', '~', '}', '*', '?', '!', '#']);
    for (const value of ['`id`', 'a&&b', "it's", '$(c)', 'a|b', '<x>', '[a]']) expect(specialCharacters(value)).not.toEqual([]);
  });
});
