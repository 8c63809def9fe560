import { z } from 'zod';

import { KB_ID_MAX, KB_ID_PATTERN, SLUG_PATTERN, VARIABLE_NAME_PATTERN } from '../name-patterns';
import { CRITICALITIES } from './criticality';

// The name formats and the criticality levels live in modules without zod, so the CLI can check names and the pages
// can order by criticality without loading the schema.
export { CRITICALITIES, KB_ID_PATTERN, SLUG_PATTERN, VARIABLE_NAME_PATTERN };

/**
 * Longest tag, technology, category or platform: each becomes a file name (`tag/<slug>.html`), and a 300-character
 * tag passed validation, then failed the build with ENAMETOOLONG. 64 is far above any real tag.
 */
const SLUG_MAX = 64;

const slug = z.string().regex(SLUG_PATTERN, { message: 'must be a lower-case slug' }).max(SLUG_MAX);

/** `YYYY-MM-DD` that names a real calendar day. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date YYYY-MM-DD' })
  // Only a date in the right form is checked for being a real day: one mistake, one diagnostic.
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), { message: 'is not a real calendar date' });

/** One `variables:` declaration in the frontmatter. */
export const variableDeclarationSchema = z.strictObject({
  /** What the reader should type, shown beside the field. */
  description: z.string().optional(),
  /** A sample value, shown as the field's placeholder. */
  example: z.string().optional(),
  /** Value used when the reader has typed nothing. */
  default: z.string().optional(),
  /** A JavaScript regular expression the value must match (whole value). */
  pattern: z.string().optional(),
  /**
   * A value built from other variables, e.g. `__REGISTRY__/__IMAGE_REPO__:__TAG__`: used when the reader
   * leaves this variable empty and has filled every part, so each part is typed once.
   */
  compose: z.string().optional(),
});

/** Names of a variable declaration's fields, for did-you-mean hints. */
export const VARIABLE_DECLARATION_KEYS = Object.keys(variableDeclarationSchema.shape);

/** The frontmatter of one entry. */
export const frontmatterSchema = z.strictObject({
  /** Unique id, equal to the file name without `.md`. */
  kb_id: z.string().regex(KB_ID_PATTERN, { message: 'must look like DOCKER_EXEC_FORMAT_001' }).max(KB_ID_MAX),
  /** Broad area, e.g. devops, kubernetes, frontend, backend. */
  category: slug,
  /** Where the problem happens: cross-platform, linux, macos, windows … */
  platform: slug,
  /** Lower-case technology slugs. */
  technologies: z.array(slug).min(1),
  /** 1 (trivial) to 5 (expert). */
  complexity: z.number().int().min(1).max(5),
  /** How badly the problem hurts. */
  criticality: z.enum(CRITICALITIES),
  /** Date the entry was written. */
  created: isoDate,
  /** Date of the last substantive change. */
  updated: isoDate.optional(),
  /** Lower-case tag slugs. */
  tags: z.array(slug).default([]),
  /** kb_ids of related entries; each must exist. */
  related_kb: z.array(z.string()).default([]),
  /**
   * Regular expressions for errors an error string can't express: a pattern matching a pasted line
   * makes the entry a confident match, and its named groups (`(?<PORT>\d+)`) capture variable values.
   * `example` is a real line the pattern matches; the match tests search it.
   */
  match: z.array(z.strictObject({ pattern: z.string().min(1), example: z.string().min(1) })).default([]),
  /** Optional declarations that describe or constrain the entry's variables. */
  variables: z.record(z.string().regex(VARIABLE_NAME_PATTERN), variableDeclarationSchema).default({}),
});

/** One validated variable declaration. */
export type VariableDeclaration = z.infer<typeof variableDeclarationSchema> & {
  /**
   * Set by the loader, never by an author (the strict schema refuses the key): why no value of this variable
   * can be checked, e.g. its declaration in `_variables.yml` has an error. Every value is then refused.
   */
  unusable?: string;
};
/** Validated frontmatter; its declarations as the loader completes them (with the KB's, see `unusable`). */
export type Frontmatter = Omit<z.infer<typeof frontmatterSchema>, 'variables'> & {
  variables: Record<string, VariableDeclaration>;
};
/** Names of the frontmatter fields, for did-you-mean hints. */
export const FRONTMATTER_KEYS = Object.keys(frontmatterSchema.shape);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
