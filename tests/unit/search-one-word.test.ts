import { describe, expect, it } from 'vitest';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A string of several words whose weight sits in one rare word (`'...' is not in this registry.`: `registry`) is held
 * by a line only when two of its words stand there in the string's order; a word of it elsewhere on the line does not
 * count, as coverage does not count it (signature-match.ts `holdsOneWord`).
 */
describe('one word of a string in its order', () => {
  const engine = engineFor([
    makeEntry({
      id: 'NPM_E404_001',
      title: 'npm install E404: package not found',
      symptoms: ['npm prints `npm ERR! code E404`', "Then `'...' is not in this registry.`"],
    }),
    ...unrelatedEntries(),
  ]);

  it("holds the string on a line with its words in order: npm's own message", async () => {
    const own = await engine.search("npm ERR! 'left-pad-utilz@^1.0.0' is not in this registry.", 3);
    expect([own.confident, own.results[0]?.id]).toEqual([true, 'NPM_E404_001']);
  });

  it('does not hold it through its rare word alone, another word of it later on the line', async () => {
    const other = await engine.search(
      'npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fcli - You do not have permission to publish "@acme/cli"',
      3,
      { explain: true },
    );
    expect(other.confident).toBe(false);
    expect(other.results[0]).toMatchObject({ id: 'NPM_E404_001', why: { failure: 'one-word' } });
  });
});
