import { KB_ID_PATTERN } from '../name-patterns';

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'to',
  'for',
  'with',
  'and',
  'or',
  'is',
  'not',
  'when',
  'after',
  'your',
  'my',
]);

/** Upper-case id words from free text: `Port already allocated!` → [PORT, ALREADY, ALLOCATED]. */
function idWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => w.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .filter(Boolean);
}

/**
 * The id prefix for a new entry: the first technology, then up to three words of the title
 * (`docker` + `Port already allocated` → `DOCKER_PORT_ALREADY_ALLOCATED`), as the starter KB names its entries.
 */
export function idPrefix(technology: string, title: string): string {
  const tech = idWords(technology);
  const words = idWords(title)
    .filter((w) => !tech.includes(w))
    .slice(0, 3);
  const parts = [...tech, ...words];
  const prefix = parts.join('_') || 'ENTRY';
  return /^[A-Z]/.test(prefix) ? prefix : `KB_${prefix}`;
}

/** The next free id with this prefix: `PREFIX_001`, or one above the highest number in use. */
export function nextFreeId(prefix: string, existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    const match = id.toUpperCase().match(/^(.*)_(\d{3,})$/);
    if (match && match[1] === prefix) highest = Math.max(highest, Number(match[2]));
  }
  const id = `${prefix}_${String(highest + 1).padStart(3, '0')}`;
  if (!KB_ID_PATTERN.test(id)) throw new Error(`cannot form a kb_id from "${prefix}"`);
  return id;
}
