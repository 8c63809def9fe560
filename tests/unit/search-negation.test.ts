import { describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { loadForeignKb } from '../../scripts/bench/search-foreign-data';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A string whose last element says `not` is not held by a line that says no negation at all, however much of the rest
 * it holds: `not` weighs little, and without it the line states the opposite (signature-match.ts `negationLost`).
 */
describe('a negated error string', () => {
  it("is not held by another team's line that says the opposite, and the why names the missing word", async () => {
    // f24's git entry quotes `error: src refspec __BRANCH__ does not match any`; the reader's ref matches two refs.
    const engine = createSearchEngine(memoryLoader(indexEntries(await loadForeignKb('f24'))));
    const own = await engine.search('error: src refspec release/2.4 does not match any', 3);
    expect([own.confident, own.results[0]?.id]).toEqual([true, 'GIT_SRC_REFSPEC_DOES_NOT_MATCH_001']);
    const other = await engine.search('error: src refspec v2.4.0 matches more than one', 3, { explain: true });
    expect(other.confident).toBe(false);
    expect(other.results[0]).toMatchObject({
      id: 'GIT_SRC_REFSPEC_DOES_NOT_MATCH_001',
      why: { failure: 'tail', words: expect.arrayContaining(['not']) },
    });
  });

  it('reads another word for not as the negation (Redis: `not able` and `unable`)', async () => {
    const engine = engineFor([
      makeEntry({
        id: 'REDIS_MISCONF_001',
        title: 'Redis refuses writes after a failed save',
        symptoms: [
          "`MISCONF Redis is configured to save RDB snapshots, but it's currently not able to persist on disk.`",
        ],
      }),
      ...unrelatedEntries(),
    ]);
    const newer = await engine.search(
      "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.",
      3,
    );
    expect([newer.confident, newer.results[0]?.id]).toEqual([true, 'REDIS_MISCONF_001']);
  });
});
