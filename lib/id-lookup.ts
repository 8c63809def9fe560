import { didYouMean } from './diagnostics';

/** What an id typed by a person resolves to: the entry itself (any case), or the closest id to suggest. */
type IdLookup = { match: string } | { suggestion: string | undefined };

/**
 * Finds an entry id without regard to case (`cross_docker_001` → `CROSS_DOCKER_001`); when none matches,
 * suggests the nearest id by edit distance, for a did-you-mean. Pure: used by `kb show` and the 404 page.
 */
export function lookupId(input: string, ids: readonly string[]): IdLookup {
  const wanted = input.trim().toUpperCase().replace(/-/g, '_');
  const match = ids.find((id) => id.toUpperCase() === wanted);
  return match ? { match } : { suggestion: didYouMean(wanted, ids) };
}
