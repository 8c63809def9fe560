import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_NAMES, builtInType } from '../../lib/variables/value-rules';

describe('the format doc lists every built-in variable kind', () => {
  const doc = readFileSync('docs/entry-format.md', 'utf8');
  const table = doc.slice(doc.indexOf('#### Built-in variable kinds'));
  it.each([...BUILT_IN_NAMES])('%s', (name) => {
    const row = table.split('\n').find((l) => l.includes(`\`${name}\``));
    expect(row, `docs/entry-format.md has no row for ${name}`).toBeDefined();
    expect(row).toContain(`| ${builtInType(name)} |`);
  });
  it('and the _PORT and _HOST endings', () => {
    expect(builtInType('DB_PORT')).toBe('port');
    expect(builtInType('DB_HOST')).toBe('host');
    expect(table).toContain('any name ending in `_PORT`');
    expect(table).toContain('any name ending in `_HOST`');
  });
});
