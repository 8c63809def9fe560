import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { frontmatterSchema } from '../content/schema';

/** Where the generated schema lives in the repository (stable: the template and docs point at it). */
export const FRONTMATTER_SCHEMA_PATH = 'schema/frontmatter.schema.json';

/**
 * The frontmatter's JSON Schema, generated from the zod schema (the one source of truth) for
 * editors: VS Code's YAML extension completes and checks fields with it. Input mode, so fields
 * with defaults (`tags`, `related_kb`, `variables`) are optional as in the files. JSON Schema
 * cannot say "a real calendar day": `2026-02-30` passes the editor and is caught by `kb validate`.
 */
export function frontmatterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frontmatterSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://troubleshooting-kb.local/schema/frontmatter.schema.json',
    title: 'Troubleshooting KB entry frontmatter',
    description: 'The YAML frontmatter of one KB entry. Reference: docs/entry-format.md',
  };
}

/** The schema file's text, as committed and as written by `npm run schema`. */
export function frontmatterJsonSchemaText(): string {
  return `${JSON.stringify(frontmatterJsonSchema(), null, 2)}\n`;
}

/** Writes {@link FRONTMATTER_SCHEMA_PATH} (relative to `root`) when it differs from the schema; true when it wrote. */
export async function writeFrontmatterSchema(root: string): Promise<boolean> {
  const file = path.join(root, FRONTMATTER_SCHEMA_PATH);
  const text = frontmatterJsonSchemaText();
  if ((await readFile(file, 'utf8').catch(() => null)) === text) return false;
  await writeFile(file, text);
  return true;
}
