import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  FRONTMATTER_SCHEMA_PATH,
  frontmatterJsonSchema,
  frontmatterJsonSchemaText,
} from '../../lib/authoring/json-schema';
import { frontmatterSchema } from '../../lib/content/schema';

const valid = {
  kb_id: 'DOCKER_PORT_ALLOCATED_001',
  category: 'devops',
  platform: 'cross-platform',
  technologies: ['docker'],
  complexity: 2,
  criticality: 'medium',
  created: '2026-02-17',
};

/** Frontmatters the zod schema and the JSON Schema must judge alike. */
const cases: [string, Record<string, unknown>][] = [
  ['the minimal valid frontmatter', valid],
  [
    'a full valid frontmatter',
    {
      ...valid,
      updated: '2026-03-01',
      tags: ['docker', 'ports'],
      related_kb: ['CROSS_DOCKER_001'],
      variables: { HOST_PORT: { description: 'port', example: '8080', pattern: '\\d+' } },
    },
  ],
  ['an unknown key', { ...valid, titel: 'x' }],
  ['a missing required field', { ...valid, category: undefined }],
  ['complexity out of range', { ...valid, complexity: 9 }],
  ['complexity as text', { ...valid, complexity: 'high' }],
  ['an unknown criticality', { ...valid, criticality: 'urgent' }],
  ['a date in the wrong form', { ...valid, created: '02/12/2026' }],
  ['a bad kb_id', { ...valid, kb_id: 'docker-1' }],
  ['an upper-case tag', { ...valid, tags: ['Docker'] }],
  ['no technologies', { ...valid, technologies: [] }],
  ['a lower-case variable name', { ...valid, variables: { image: {} } }],
  ['an unknown variable key', { ...valid, variables: { IMAGE: { descripton: 'x' } } }],
];

describe('frontmatter JSON Schema', () => {
  const ajv = new Ajv2020({ strict: false });
  const check = ajv.compile(frontmatterJsonSchema());

  it.each(cases)('agrees with the zod schema on %s', (_name, data) => {
    const input = JSON.parse(JSON.stringify(data));
    expect(check(input)).toBe(frontmatterSchema.safeParse(input).success);
  });

  it('accepts every valid case and rejects every invalid one (the cases test something)', () => {
    const verdicts = cases.map(([, d]) => check(JSON.parse(JSON.stringify(d))));
    expect(verdicts.filter(Boolean)).toHaveLength(2);
  });

  it('cannot tell an impossible calendar day; kb validate does (documented difference)', () => {
    const input = { ...valid, created: '2026-02-30' };
    expect(check(input)).toBe(true);
    expect(frontmatterSchema.safeParse(input).success).toBe(false);
  });

  it('is committed up to date (run `npm run schema` after changing lib/content/schema.ts)', () => {
    expect(readFileSync(FRONTMATTER_SCHEMA_PATH, 'utf8')).toBe(frontmatterJsonSchemaText());
  });
});
