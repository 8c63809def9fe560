import path from 'node:path';

/** The content folder: `KB_CONTENT_DIR` when set, else `content/` under `cwd`. Kept apart from `kb.ts` so the CLI can name the folder without loading the parsers. */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.KB_CONTENT_DIR || 'content');
}
