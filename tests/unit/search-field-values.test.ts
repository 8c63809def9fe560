import { describe, expect, it } from 'vitest';
import { whyText } from '../../lib/cli/why-text';
import { fieldValues, otherFieldValue } from '../../lib/search/field-values';
import { engineFor, makeEntry } from './search-helpers';

/**
 * A string that ends with a `key=value` field of its own value (`status=1/FAILURE`) is not the error of a line that
 * gives that field other words (`status=203/EXEC`: the program could not be started, not exited with 1).
 */
describe('field values', () => {
  it('reads the field that ends a string, with a value of words the author wrote', () => {
    expect(fieldValues('Main process exited, code=exited, status=1/FAILURE')).toEqual([['status', ['failure']]]);
    expect(fieldValues('[ERROR] agent: Coordinate update error: error="No cluster leader".')).toEqual([
      ['error', ['no', 'cluster', 'leader']],
    ]);
    // Not the last thing in the string, a placeholder, a bare number, or no field at all.
    expect(fieldValues('comm="nginx" dest=8080 permissive=0')).toEqual([]);
    expect(fieldValues('status=1/FAILURE while starting')).toEqual([]);
    expect(fieldValues('Main process exited, code=exited, status=__STATUS__')).toEqual([]);
    expect(fieldValues('HTTPSConnectionPool(host=..., port=443)')).toEqual([]);
    expect(fieldValues('Killed process ... total-vm:...kB')).toEqual([]);
  });

  it('finds the same field with other words on a line, and only then', () => {
    const fields = fieldValues('Main process exited, code=exited, status=1/FAILURE');
    expect(otherFieldValue(fields, 'api.service: Main process exited, code=exited, status=203/EXEC')).toEqual(['exec']);
    expect(otherFieldValue(fields, 'Main PID: 2041 (code=exited, STATUS=2/INVALIDARGUMENT)')).toEqual([
      'invalidargument',
    ]);
    expect(otherFieldValue(fields, 'api.service: Main process exited, code=exited, status=1/FAILURE')).toEqual([]);
    // One value inside the other is the same value; a number alone says nothing; another key is not the field.
    expect(otherFieldValue(fields, 'status=1/FAILURE/failed')).toEqual([]);
    expect(otherFieldValue(fields, 'status=203')).toEqual([]);
    expect(otherFieldValue(fields, 'exit_status=203/EXEC result=exit-code')).toEqual([]);
  });

  it('keeps the line with another value from a confident match, and says why', async () => {
    // Other entries share `1` and `failure`, as in any real KB: on their own those words tell little.
    const others = ['Build failure: exit 1', 'Login failure after 1 retry', 'Disk failure: 1 bad sector'].map(
      (text, i) => makeEntry({ id: `OTHER_00${i + 1}`, title: text, symptoms: [`\`${text}\``] }),
    );
    const engine = engineFor([
      ...others,
      makeEntry({
        id: 'UNIT_EXIT_001',
        title: 'The service exits with status 1',
        symptoms: ['The journal shows `Main process exited, code=exited, status=1/FAILURE`'],
      }),
    ]);
    const own = await engine.search(
      'Dec 05 09:31:02 etl-01 systemd[1]: ingest.service: Main process exited, code=exited, status=1/FAILURE',
      1,
    );
    expect(own.results[0]).toMatchObject({ id: 'UNIT_EXIT_001', confident: true });
    const other = await engine.search(
      'Dec 05 09:31:02 etl-01 systemd[1]: ingest.service: Main process exited, code=exited, status=203/EXEC',
      1,
      { explain: true },
    );
    expect(other.confident).toBe(false);
    expect(other.results[0]).toMatchObject({ id: 'UNIT_EXIT_001', why: { failure: 'field', words: ['exec'] } });
    expect(whyText(other.results[0].why!, false)).toContain('gives that field another value: "exec"');
  });
});
