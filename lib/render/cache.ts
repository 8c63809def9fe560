/**
 * A cache of rendered Markdown and code (sanitized, highlighted hast), kept between builds, so a
 * rebuild does not parse, sanitize and highlight unchanged text again. Keyed by a hash of what was
 * rendered and how; the folder is named by a stamp of the renderer's sources and the lockfile
 * (`renderStamp`), so a changed renderer or dependency starts an empty cache.
 *
 * On only where `KB_RENDER_CACHE` names the folder (scripts/build.ts sets it for `next build`):
 * every build process reads the folder once and appends what it renders to a file of its own,
 * written through, because Next stops its workers without an exit event.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Store {
  dir: string;
  file: string;
  entries: Map<string, string>;
}

let store: Store | null | undefined;

function open(): Store | null {
  const dir = process.env.KB_RENDER_CACHE;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const entries = readCacheDir(dir);
  return { dir, file: path.join(dir, `part-${process.pid}-${Date.now().toString(36)}.jsonl`), entries };
}

/** Every `key → value` line of the folder's `.jsonl` files (a torn last line is skipped). */
export function readCacheDir(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const [key, value] = JSON.parse(line) as [string, string];
        entries.set(key, value);
      } catch {
        // A process killed mid-write leaves a partial line; the next build renders that text again.
      }
    }
  }
  return entries;
}

/**
 * `render(input)`, or its cached result: `kind` names the renderer and its options. Results are
 * JSON-serializable trees; each call gets its own copy.
 */
export function cached<T>(kind: string, input: string, render: () => T): T {
  if (store === undefined) store = open();
  if (!store) return render();
  const key = createHash('sha256').update(kind).update('\0').update(input).digest('base64url').slice(0, 22);
  const hit = store.entries.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  const value = render();
  const json = JSON.stringify(value);
  store.entries.set(key, json);
  try {
    appendFileSync(store.file, `${JSON.stringify([key, json])}\n`);
  } catch {
    // A full disk or a read-only folder costs speed, not correctness.
  }
  return value;
}

/** Stamp of the renderer: a hash of `lib/render/` sources and the lockfile. A change of either empties the cache. */
export function renderStamp(root: string): string {
  const hash = createHash('sha256');
  const renderDir = path.join(root, 'lib', 'render');
  for (const name of readdirSync(renderDir).sort()) {
    if (!/\.(ts|tsx)$/.test(name)) continue;
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(path.join(renderDir, name)));
  }
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}
