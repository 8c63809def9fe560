import { didYouMean } from './diagnostics';
import { KB_ID_MAX } from './name-patterns';

/** What an id typed by a person resolves to: the entry itself (any case), or the closest id to suggest. */
type IdLookup = { match: string } | { suggestion: string | undefined };

/**
 * The id a person typed after the entry pages' prefix (`/kb/cross_docker_001/` → `cross_docker_001`), or null when the
 * path is not under it or does not decode. Trailing slashes are cut by a pattern that starts where their run starts:
 * `/\/+$/` retried from every slash of a run that does not end the path, quadratic in a hostile link (15,000
 * slashes: 0.13 s, 100,000: 8 s).
 */
export function typedId(pathname: string, entryPrefix: string): string | null {
  if (!pathname.startsWith(entryPrefix)) return null;
  try {
    return decodeURIComponent(pathname.slice(entryPrefix.length).replace(/(?<!\/)\/+$/, ''));
  } catch {
    // A malformed escape (`/kb/%E0%A4%A`) names no id.
    return null;
  }
}

/**
 * Finds an entry id without regard to case (`cross_docker_001` → `CROSS_DOCKER_001`); when none matches,
 * suggests the nearest id by edit distance, for a did-you-mean. Pure: used by `kb show` and the 404 page. Input longer
 * than any id can be is neither: the edit distance to every id costs its length times theirs, and an 8,000-character
 * id in a link (a URL nginx or a CDN passes) held the 404 page 0.9 s per 1,000 entries (about 9 s at 10,000).
 */
export function lookupId(input: string, ids: readonly string[]): IdLookup {
  const wanted = input.trim().toUpperCase().replace(/-/g, '_');
  if (wanted.length > KB_ID_MAX) return { suggestion: undefined };
  const match = ids.find((id) => id.toUpperCase() === wanted);
  return match ? { match } : { suggestion: didYouMean(wanted, ids) };
}
