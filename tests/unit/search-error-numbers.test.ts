import { describe, expect, it } from 'vitest';
import { whyText } from '../../lib/cli/why-text';
import { errorNumbers, otherErrorNumber } from '../../lib/search/error-numbers';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A number or code a string writes after `error` names the error (`System error 1069` is a logon failure, `System
 * error 5` access denied): a line that writes another one there is another error.
 */
describe('error numbers', () => {
  it('reads the numbers and codes a string writes after `error`', () => {
    expect(errorNumbers('System error 1069 has occurred.')).toEqual(['1069']);
    expect(errorNumbers("ERROR 1045 (28000): Access denied for user 'app'@'localhost'")).toEqual(['1045']);
    expect(errorNumbers("src/app.ts(3,20): error TS2307: Cannot find module 'x'")).toEqual(['TS2307']);
    expect(errorNumbers('HTTP Error 500.19 - Internal Server Error')).toEqual(['500.19']);
    expect(errorNumbers('= note: No such file or directory (os error 2)')).toEqual(['2']);
    // No number after the word, a placeholder, a word that only ends with `error`, a version.
    expect(errorNumbers('npm error code E404')).toEqual([]);
    expect(errorNumbers('System error __CODE__ has occurred.')).toEqual([]);
    expect(errorNumbers('TypeError 5 times')).toEqual([]);
    expect(errorNumbers('error 2.5.1 of the plugin')).toEqual([]);
  });

  it('finds another number on a line, and only then', () => {
    const numbers = errorNumbers('System error 1069 has occurred.');
    expect(otherErrorNumber(numbers, 'System error 5 has occurred.')).toBe('5');
    expect(otherErrorNumber(numbers, 'C:\\> net start api\nSystem error 1069 has occurred.')).toBeNull();
    // A line with no number after `error` says nothing either way; a code in other letters is another code.
    expect(otherErrorNumber(numbers, 'The service did not start due to a logon failure.')).toBeNull();
    expect(otherErrorNumber(errorNumbers('error TS2307: Cannot find module'), 'error TS2345: Argument')).toBe('TS2345');
    expect(otherErrorNumber([], 'System error 5 has occurred.')).toBeNull();
  });

  it('keeps a line with another number from a confident match, and says why', async () => {
    const others = unrelatedEntries();
    const engine = engineFor([
      ...others,
      makeEntry({
        id: 'SERVICE_LOGON_001',
        title: 'A Windows service does not start: logon failure',
        symptoms: ['net start prints `System error 1069 has occurred.`'],
      }),
    ]);
    const own = await engine.search('C:\\Windows\\system32>net start MyAppWorker\nSystem error 1069 has occurred.', 1);
    expect(own.results[0]).toMatchObject({ id: 'SERVICE_LOGON_001', confident: true });
    const other = await engine.search('C:\\Windows\\system32>net start MyAppWorker\nSystem error 5 has occurred.', 1, {
      explain: true,
    });
    expect(other.confident).toBe(false);
    expect(other.results[0]).toMatchObject({ id: 'SERVICE_LOGON_001', why: { failure: 'number', words: ['5'] } });
    expect(whyText(other.results[0].why!, false)).toContain('names error 5');
  });
});
