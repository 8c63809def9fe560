import { describe, expect, it } from 'vitest';
import { whyText } from '../../lib/cli/why-text';
import { errorNumbers, otherErrorNumber, sharesErrorCode } from '../../lib/search/error-numbers';
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

  it("reads a line that writes the string's own code as that error: a tool's code, not an HTTP status", () => {
    const dotnet = errorNumbers('error NETSDK1152: Found multiple publish output files with the same relative path:');
    expect(sharesErrorCode(dotnet, 'Foo.targets(112,5): error NETSDK1152: Found multiple … /a.json, /b.json.')).toBe(
      true,
    );
    expect(sharesErrorCode(errorNumbers('ERROR 1148 (42000): The used command'), 'ERROR 1148 (42000) at line 3')).toBe(
      true,
    );
    expect(sharesErrorCode(dotnet, 'error NETSDK1045: The current .NET SDK does not support')).toBe(false);
    // Three digits are HTTP's statuses, which many errors share: a disabled API is no quota.
    const quota = errorNumbers("googleapi: Error 403: Quota 'CPUS' exceeded.");
    expect(sharesErrorCode(quota, 'googleapi: Error 403: Compute Engine API has not been used')).toBe(false);
    expect(sharesErrorCode([], 'error NETSDK1152: Found multiple')).toBe(false);
  });

  it('makes a confident match of a line with the code and other words after it', async () => {
    const engine = engineFor([
      ...unrelatedEntries(),
      makeEntry({
        id: 'DOTNET_NETSDK1152_001',
        title: '.NET publish finds two files with the same relative path',
        symptoms: [
          'Publish fails with `error NETSDK1152: Found multiple publish output files with the same relative path:` and the paths',
        ],
      }),
    ]);
    const line =
      '/usr/lib/dotnet/sdk/9.0.101/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.ConflictResolution.targets(112,5): ' +
      'error NETSDK1152: Found multiple publish output files with the same relative path: ' +
      '/src/Orders.Api/appsettings.json, /src/Orders.Worker/appsettings.json.';
    const found = await engine.search(line, 3);
    expect([found.confident, found.results[0]?.id]).toEqual([true, 'DOTNET_NETSDK1152_001']);
    const other = await engine.search(line.replace('NETSDK1152', 'NETSDK1004'), 3);
    expect(other.confident).toBe(false);
  });
});
