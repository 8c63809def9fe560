/**
 * Rebuilds that generate only the entry pages whose content changed. An entry page is a function of
 * the code (app, components, lib, config, lockfile, site settings), its entry's model, and the
 * summaries of its related and back-linked entries. The build keeps, per output folder, a stamp of the
 * code and a hash of each page's inputs; the next build of the same folder regenerates a page only when
 * its hash changed, and copies the others from the last output. Anything else changes everything: a
 * different stamp, an entry added or removed, or a page missing from the last output. List pages,
 * search index and sitemap are always generated.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EntryModel } from '../content/model';
import { backlinks, relatedEntries, summarize } from '../site/entries';

/** What the last build of an output folder was made from. */
export interface BuildState {
  stamp: string;
  /** Entry id → hash of everything its page is rendered from. */
  pages: Record<string, string>;
}

const CODE = ['app', 'components', 'lib', 'schema', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SETTINGS = ['KB_SITE_URL', 'KB_REPO_URL', 'KB_REPO_BRANCH', 'KB_CONTENT_DIR', 'NODE_ENV'];

/**
 * Stamp of the code and settings every page is built from; with `contentDir`, also of the content
 * folder's files that are not entries (such as `_variables.yml`, which every entry's model takes from).
 */
export function codeStamp(
  root: string,
  env: Record<string, string | undefined> = process.env,
  contentDir?: string,
): string {
  const hash = createHash('sha256');
  const add = (rel: string): void => {
    const file = path.join(root, rel);
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) for (const name of readdirSync(file).sort()) add(path.join(rel, name));
    else hash.update(rel).update('\0').update(readFileSync(file)).update('\0');
  };
  for (const rel of CODE) add(rel);
  if (contentDir && existsSync(contentDir)) {
    for (const name of readdirSync(contentDir).sort()) {
      const file = path.join(contentDir, name);
      if (!name.endsWith('.md') && statSync(file).isFile())
        hash.update(name).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  for (const name of SETTINGS) hash.update(`${name}=${env[name] ?? ''}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Hash of the inputs of each entry page: the entry, and the summaries its related and back-link lists show. */
export function pageHashes(entries: readonly EntryModel[]): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const entry of entries) {
    const inputs = {
      entry,
      related: relatedEntries(entries, entry).map(summarize),
      referencedBy: backlinks(entries, entry).map(summarize),
    };
    pages[entry.id] = createHash('sha256').update(JSON.stringify(inputs)).digest('base64url').slice(0, 22);
  }
  return pages;
}

/**
 * The entry pages that can be copied from the last output (`outDir`) instead of generated: none
 * unless the stamp and the set of entries are the same as last time.
 */
export function reusablePages(last: BuildState | null, next: BuildState, outDir: string): string[] {
  if (!last || last.stamp !== next.stamp) return [];
  const ids = Object.keys(next.pages);
  if (ids.length !== Object.keys(last.pages).length || ids.some((id) => !(id in last.pages))) return [];
  return ids.filter((id) => last.pages[id] === next.pages[id] && existsSync(path.join(outDir, 'kb', `${id}.html`)));
}

/** Reads a state file; null when it is missing or unreadable. */
export function readState(file: string): BuildState | null {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as BuildState;
    return typeof state.stamp === 'string' && state.pages && typeof state.pages === 'object' ? state : null;
  } catch {
    return null;
  }
}
