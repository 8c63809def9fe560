import { describe, expect, it } from 'vitest';
import { lookupId, typedId } from '../../lib/id-lookup';
import { captureFrom, capturePattern } from '../../lib/search/capture';
import { readSiteConfig } from '../../lib/site/config';

/**
 * A link is input too. The 404 page reads the id after `/kb/` and looks for its nearest entry; a hostile link made that
 * slow twice (twenty-second session): an edit distance from a long "id" to every entry's (8,000 characters, which
 * nginx or a CDN passes in a URL: 0.9 s per 1,000 entries) and trailing slashes cut with `/\/+$/`, quadratic (100,000
 * slashes: 8 s). The tests use 100,000 characters so that the old code fails them by far; the bounds are far above the
 * time each takes now (a few ms).
 */
const BOUND_MS = 500;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const ids = Array.from({ length: 10_000 }, (_, i) => `SOME_ENTRY_NAME_${String(i).padStart(4, '0')}_001`);

describe('the id in a link to /kb/…', () => {
  it('reads the id, without its trailing slashes', () => {
    expect(typedId('/kb/cross_docker_001/', '/kb/')).toBe('cross_docker_001');
    expect(typedId('/kb/CROSS%5FDOCKER_001', '/kb/')).toBe('CROSS_DOCKER_001');
    expect(typedId('/tag/docker/', '/kb/')).toBeNull();
  });

  it('names no id when the link does not decode, instead of throwing in the page', () => {
    expect(typedId('/kb/%E0%A4%A', '/kb/')).toBeNull();
  });

  it('reads a run of 100,000 slashes in linear time', () => {
    const [typed, ms] = timed(() => typedId(`/kb/${'/'.repeat(100_000)}x`, '/kb/'));
    expect(typed).toHaveLength(100_001);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('looks up an id longer than any id can be at once, and suggests nothing', () => {
    const [found, ms] = timed(() => lookupId('A'.repeat(100_000), ids));
    expect(found).toEqual({ suggestion: undefined });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('still finds an id in another case and suggests a near miss', () => {
    expect(lookupId('some_entry_name_0042_001', ids)).toEqual({ match: 'SOME_ENTRY_NAME_0042_001' });
    expect(lookupId('SOME_ENTRY_NAME_0042_01', ids)).toEqual({ suggestion: 'SOME_ENTRY_NAME_0042_001' });
  });
});

describe('other trailing runs', () => {
  it('a site URL with a run of slashes inside', () => {
    const [config, ms] = timed(() => readSiteConfig({ KB_SITE_URL: `https://kb.example/${'/'.repeat(100_000)}x/` }));
    expect(config.siteUrl?.endsWith('x')).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a captured value's sentence punctuation is cut, in linear time", () => {
    const pattern = capturePattern('pull access denied for __IMAGE_NAME__, repository does not exist')!;
    expect(captureFrom(pattern, 'pull access denied for acme/api., repository does not exist')).toEqual({
      IMAGE_NAME: 'acme/api',
    });
    const [, ms] = timed(() =>
      captureFrom(pattern, `pull access denied for a${'.'.repeat(100_000)}b, repository does not exist`),
    );
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
