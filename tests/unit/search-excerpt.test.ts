import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, EXCERPT_OVER_CHARS, excerptRuns, runsText } from '../../lib/search/excerpt';
import { normalizeToken } from '../../lib/search/normalize';
import { highlight, type TextRun } from '../../lib/search/results';

const words = (n: number, word: string): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
/** The query's words as the index normalizes them. */
const toks = (...w: string[]): Set<string> => new Set(w.map(normalizeToken).filter((t): t is string => t !== null));
const marked = (runs: TextRun[]): string =>
  runs
    .filter((r) => r.mark)
    .map((r) => r.text)
    .join('|');

describe('excerptRuns', () => {
  it('leaves a symptom of ordinary length as it is', () => {
    const runs = highlight('git pull origin main prints fatal: refusing to merge unrelated histories', toks('merge'));
    expect(excerptRuns(runs)).toEqual(runs);
  });

  it('cuts a long symptom to the wording that matched, at whole words, with an ellipsis on each cut side', () => {
    const text = `${words(30, 'alpha')} sudo: impossible de résoudre l'hôte srv-compta: Nom ou service inconnu (French), ${words(30, 'omega')}`;
    expect(text.length).toBeGreaterThan(EXCERPT_OVER_CHARS);
    const tokens = toks('impossible', 'résoudre', 'hôte', 'inconnu', 'nom', 'service');
    const runs = excerptRuns(highlight(text, tokens));
    const shown = runsText(runs);
    expect(shown).toMatch(/^… alpha\d+ /);
    expect(shown).toMatch(/ omega\d+ …$/);
    expect(shown).toContain("sudo: impossible de résoudre l'hôte srv-compta: Nom ou service inconnu (French)");
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_CHARS + 2 * 40 + 4);
    expect(marked(runs)).toBe(marked(highlight(text, tokens)));
  });

  it('moves to the densest match, not the first word that matched', () => {
    const text = `service ${words(40, 'filler')} Nom ou service inconnu ${words(10, 'tail')}`;
    const shown = runsText(excerptRuns(highlight(text, toks('nom', 'service', 'inconnu'))));
    expect(shown).toContain('Nom ou service inconnu');
    expect(shown.startsWith('…')).toBe(true);
  });

  it('keeps a placeholder whole and writes it back as __NAME__ in the plain text', () => {
    const text = `${words(40, 'filler')} sudo: unable to resolve host __HOSTNAME__: Name or service not known ${words(40, 'more')}`;
    const runs = excerptRuns(highlight(text, toks('resolve', 'unable', 'host')));
    expect(runs.filter((r) => r.variable !== undefined)).toEqual([
      { text: 'HOSTNAME', mark: false, variable: 'HOSTNAME' },
    ]);
    expect(runsText(runs)).toContain('unable to resolve host __HOSTNAME__: Name');
  });

  it('shows the start of a long symptom when nothing in it matched', () => {
    const text = words(60, 'plain');
    expect(runsText(excerptRuns(highlight(text, new Set())))).toMatch(/^plain0 plain1 .* …$/);
  });
});
