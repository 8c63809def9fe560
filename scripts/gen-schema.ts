// Writes schema/frontmatter.schema.json from the zod schema. Run by `npm run schema` (and by `npm run build`,
// through scripts/build.ts); tests/unit/authoring-json-schema.test.ts fails when the committed file is stale.
import path from 'node:path';
import { FRONTMATTER_SCHEMA_PATH, writeFrontmatterSchema } from '../lib/authoring/json-schema';

if (await writeFrontmatterSchema(path.resolve(import.meta.dirname, '..')))
  console.log(`wrote ${FRONTMATTER_SCHEMA_PATH}`);
