'use client';

import { useEffect, useState } from 'react';
import { loadEngine } from '@/components/search/engine-client';
import type { SearchResult } from '@/lib/search/results';

/** Props of {@link NotThisProblem}. */
interface NotThisProblemProps {
  /** The text of the symptoms the reader ticked: what they do see. */
  seen: string[];
}

/**
 * Shown when fewer than half of the symptoms match: says this is probably not the problem and lists
 * the entries whose symptoms are closest to the ticked ones, from the site's search index.
 */
export function NotThisProblem({ seen }: NotThisProblemProps) {
  const [closest, setClosest] = useState<SearchResult[] | null>(null);
  const query = seen.join('\n');
  useEffect(() => {
    let live = true;
    loadEngine()
      .then((engine) => engine.search(query, 5))
      .then(({ results }) => live && setClosest(results.filter((r) => r.path !== window.location.pathname).slice(0, 3)))
      .catch(() => live && setClosest([]));
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <div data-not-this-problem="">
      <p>
        <strong>This is probably not your problem.</strong> Fewer than half of its symptoms match.
      </p>
      {closest && closest.length > 0 && (
        <>
          <p>Entries whose symptoms are closest to what you ticked:</p>
          <ul>
            {closest.map((r) => (
              <li key={r.id}>
                <a href={r.path}>{r.title}</a>
                {r.matched && <> — “{r.matched}”</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
