// Writes schema/frontmatter.schema.json from the zod schema. Run by `npm run build` and `npm run schema`;
// tests/unit/authoring-json-schema.test.ts fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { FRONTMATTER_SCHEMA_PATH, frontmatterJsonSchemaText } from '../lib/authoring/json-schema';

const text = frontmatterJsonSchemaText();
const current = await readFile(FRONTMATTER_SCHEMA_PATH, 'utf8').catch(() => null);
if (current !== text) {
  await writeFile(FRONTMATTER_SCHEMA_PATH, text);
  console.log(`wrote ${FRONTMATTER_SCHEMA_PATH}`);
}
