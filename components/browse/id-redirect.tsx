'use client';

import { useEffect, useState } from 'react';
import { lookupId, typedId } from '@/lib/id-lookup';

interface IdRedirectProps {
  /** Path prefix of entry pages, `/kb/`. */
  entryPrefix: string;
  /** URL of the JSON list of every entry id. */
  idsUrl: string;
}

/**
 * On the 404 page at `/kb/<something>`: an id in another case goes to its entry (query and hash kept);
 * a near miss gets a "Did you mean" link. Fetches the id list only on such a path.
 */
export function IdRedirect({ entryPrefix, idsUrl }: IdRedirectProps) {
  const [suggestion, setSuggestion] = useState<string | null>(null);
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const typed = typedId(pathname, entryPrefix);
    if (!typed || typed.includes('/')) return;
    let cancelled = false;
    fetch(idsUrl)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .then((ids) => {
        if (cancelled || !Array.isArray(ids)) return;
        const found = lookupId(typed, ids);
        if ('match' in found && found.match !== typed)
          window.location.replace(`${entryPrefix}${found.match}${search}${hash}`);
        else if ('suggestion' in found && found.suggestion) setSuggestion(found.suggestion);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [entryPrefix, idsUrl]);
  if (!suggestion) return null;
  return (
    <p role="status">
      Did you mean <a href={`${entryPrefix}${suggestion}`}>{suggestion}</a>?
    </p>
  );
}
