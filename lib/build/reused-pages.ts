import { readFileSync } from 'node:fs';

/**
 * The entry ids to generate: all of them, less the pages `npm run build` copies from the last output
 * (a JSON list in the file KB_REUSE_PAGES names; see lib/build/partial.ts).
 */
export function withoutReusedPages(ids: string[], env: Record<string, string | undefined> = process.env): string[] {
  if (!env.KB_REUSE_PAGES) return ids;
  const reused = new Set(JSON.parse(readFileSync(env.KB_REUSE_PAGES, 'utf8')) as string[]);
  return ids.filter((id) => !reused.has(id));
}
