import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyAnnouncement } from '../../lib/variables/messages';
import { findVariables, splitPlaceholders, stripVarMarkers } from '../../lib/variables/placeholders';
import { shellMetacharacters, shellWarning } from '../../lib/variables/shell';

describe('placeholders', () => {
  it('finds upper-case placeholders, not dunders or macros', () => {
    expect(findVariables('__IMAGE_NAME__ __init__ __FILE__ __PORT__ __IMAGE_NAME__ __A_B__')).toEqual([
      'IMAGE_NAME',
      'PORT',
      'A_B',
    ]);
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
        expect(
          splitPlaceholders(text)
            .map((p) => (p.kind === 'text' ? p.text : p.raw))
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('strips the VAR authoring marker, intact or damaged, and nothing else', () => {
    expect(stripVarMarkers('docker build -t __IMAGE_NAME__ .  # 🖍️ VAR\necho ok # VAR\nx # ğŸ–ï¸ VAR')).toBe(
      'docker build -t __IMAGE_NAME__ .\necho ok\nx',
    );
    expect(stripVarMarkers('echo "# set VAR" # keep VAR here')).toBe('echo "# set VAR" # keep VAR here');
  });

  it("strips the marker written as the block's own language's comment, with its emoji, and keeps a plain comment", () => {
    expect(
      stripVarMarkers(
        [
          '<version>__VERSION__</version>            <!-- 🖍️ VAR -->',
          "WHERE TABLE_NAME = '__TABLE_NAME__';  -- 🖍️ VAR",
          'implementation("__GROUP_ID__:__ARTIFACT_ID__") {  // 🖍️ VAR',
          'int port = __PORT__; /* 🖍️ VAR */',
          'name = __NAME__ ; 🖍️ VAR',
        ].join('\n'),
      ),
    ).toBe(
      [
        '<version>__VERSION__</version>',
        "WHERE TABLE_NAME = '__TABLE_NAME__';",
        'implementation("__GROUP_ID__:__ARTIFACT_ID__") {',
        'int port = __PORT__;',
        'name = __NAME__',
      ].join('\n'),
    );
    for (const code of ['SELECT 1; -- VAR', 'x = 1 // VAR', '<!-- VAR -->', 'i-- VAR', 'a = b -- -- VAR'])
      expect(stripVarMarkers(code)).toBe(code);
  });
});

describe('shell', () => {
  it('names the metacharacters in a value', () => {
    expect(shellMetacharacters('"; rm -rf /')).toEqual(['space', ';', '"']);
    expect(shellMetacharacters('acme/web:2')).toEqual([]);
    expect(shellWarning('acme/web:2')).toBeNull();
    expect(shellWarning('a|b $(c)')).toBe(
      'Contains shell characters (space | $ ( )): copies put it in quotes so the shell reads it as text; check it is the value you meant.',
    );
  });

  it('flags backticks, ampersands and single quotes', () => {
    for (const value of ['`id`', 'a&&b', "it's", '~', '*', 'a?', '{a,b}', '!x', '[x]', 'a#b'])
      expect(shellWarning(value)).not.toBeNull();
  });
});

describe('copyAnnouncement', () => {
  it('says which variables are unfilled', () => {
    expect(copyAnnouncement([])).toBe('Copied.');
    expect(copyAnnouncement(['IMAGE_NAME'])).toBe(
      'Copied. IMAGE_NAME is not filled in: the command still says __IMAGE_NAME__.',
    );
    expect(copyAnnouncement(['A', 'B'], 'Copied all steps')).toBe('Copied all steps. Not filled in: A, B.');
  });
});
