import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PLACEHOLDER_PARAM } from '../site/params';

/** Dynamic routes that list a placeholder page when they have nothing to list (`search-index`: always, lib/build/search-index.ts). */
const ROUTES = ['kb', 'category', 'technology', 'tag', 'platform', 'search-index'];

/** Removes the placeholder pages (`kb/_none.html` …) an empty KB's export holds; see `staticParams`. */
export async function removePlaceholders(dir: string): Promise<void> {
  for (const route of ROUTES) {
    await rm(path.join(dir, route, `${PLACEHOLDER_PARAM}.html`), { force: true });
    await rm(path.join(dir, route, PLACEHOLDER_PARAM), { recursive: true, force: true });
  }
}
