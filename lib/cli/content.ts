import path from 'node:path';
import { contentDir } from '../content/content-dir';
import type { CliIO } from './io';

/** The content folder for a command: `--content DIR`, else `KB_CONTENT_DIR`, else `content/`. */
export function resolveContent(values: { content?: string }, io: CliIO): string {
  const dir = values.content;
  return dir ? path.resolve(io.cwd, dir) : contentDir(io.env, io.cwd);
}
