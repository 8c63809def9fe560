import { describe, expect, it } from 'vitest';
import { entryText } from '../../lib/cli/show-text';
import { parseEntryFile } from '../../lib/content/entry';
import { isCounterSymptom } from '../../lib/parse/symptoms';
import { body, entryFile, frontmatter } from './factories';
import { engineFor, makeEntry } from './search-helpers';

/**
 * A symptom item that says it is not this problem names a look-alike (another team's KB, f13: `NOT this entry:
 * \`ECONNREFUSED\` (name resolved, nothing listening)`): its strings are the other problem's errors.
 */
describe('isCounterSymptom', () => {
  it.each([
    ['NOT this entry: `ECONNREFUSED` (name resolved, nothing listening)', true],
    ['Not this problem if the log says `context deadline exceeded`', true],
    ['**Not this entry**: `Working outside of request context.`', true],
    ['Not the same as `Provider produced inconsistent result after apply`', true],
    ['not to be confused with `sts:AssumeRoleWithWebIdentity`', true],
    ['Different error: `reset reason: connection failure`', true],
    // Symptoms of the problem itself.
    ['Not fixed by restarting the service', false],
    ['Nothing listens on `:8080`', false],
    ['Note: `docker logs` shows `exec format error`', false],
    ['Log shows `not this`', false],
    ['The error is not this one: `x`', false],
    ['Different errors show in CI: `boom`', false],
  ])('reads %j as naming another problem: %s', (item, expected) => {
    expect(isCounterSymptom(item)).toBe(expected);
  });
});

const DNS = {
  id: 'NODE_DNS_001',
  title: 'getaddrinfo ENOTFOUND: the host name does not resolve',
  technologies: ['nodejs'],
  symptoms: [
    '`Error: getaddrinfo ENOTFOUND ...` with `syscall: getaddrinfo`',
    'NOT this entry: `Error: connect ECONNREFUSED ...` (name resolved, nothing listening)',
  ],
};

describe('a counter item in the model, in search, on the terminal and at validation', () => {
  it('keeps its text and line, with no error strings', () => {
    const entry = makeEntry(DNS);
    expect(entry.symptoms.map((s) => [s.counter, s.errors])).toEqual([
      [false, ['Error: getaddrinfo ENOTFOUND ...', 'syscall: getaddrinfo']],
      [true, []],
    ]);
    expect(entry.symptoms[1].text).toContain('ECONNREFUSED');
  });

  it('does not make its entry the answer to the other problem, and the entry still answers its own', async () => {
    const engine = engineFor([makeEntry(DNS)]);
    const refused = await engine.search('Error: connect ECONNREFUSED 127.0.0.1:5432', 5);
    expect(refused.confident).toBe(false);
    const own = await engine.search('Error: getaddrinfo ENOTFOUND db.internal', 5);
    expect(own.confident).toBe(true);
    expect(own.results[0].id).toBe('NODE_DNS_001');
  });

  it('is never what a result shows as matched', async () => {
    const engine = engineFor([makeEntry(DNS)]);
    const { results } = await engine.search('connect ECONNREFUSED name resolved nothing listening', 5);
    expect(results[0].id).toBe('NODE_DNS_001');
    expect(results[0].matched ?? '').not.toContain('NOT this entry');
  });

  it('kb show lists it apart, after the checklist', () => {
    const text = entryText(makeEntry(DNS), {}, '/kb/NODE_DNS_001').replace(/\x1b\[[0-9;]*m/g, '');
    expect(text).toContain(
      '  [ ] `Error: getaddrinfo ENOTFOUND ...` with `syscall: getaddrinfo`\n\nNot this problem:\n',
    );
    expect(text).toContain(
      '\n  ✗ NOT this entry: `Error: connect ECONNREFUSED ...` (name resolved, nothing listening)',
    );
    expect(text).not.toContain('[ ] NOT this entry');
  });

  it('does not count as the symptom checklist an entry needs', () => {
    const symptoms = '## 🔍 This Is Your Problem If:\n\n- [ ] NOT this entry: `Error: connect ECONNREFUSED ...`';
    const { diagnostics } = parseEntryFile('TEST_ENTRY_001.md', entryFile(frontmatter(), body({ symptoms })));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'missing-section' });
    expect(diagnostics[0].message).toContain('its only items say they are not this problem');
  });
});
