import { describe, expect, it } from 'vitest';
import { matchTestWarnings } from '../../lib/search/match-tests';
import { makeEntry } from './search-helpers';

describe('match tests: each symptom error string ranks its own entry first', () => {
  it('is silent when every string finds its own entry', async () => {
    const entries = [
      makeEntry({
        id: 'ARCH_001',
        title: 'Wrong CPU architecture',
        symptoms: ['`exec /usr/bin/... : exec format error`'],
      }),
      makeEntry({
        id: 'PORT_001',
        title: 'Port in use',
        symptoms: ['`Error: listen EADDRINUSE: address already in use :::__PORT__`'],
      }),
    ];
    expect(await matchTestWarnings(entries)).toEqual([]);
  });

  it("warns, naming both entries, where a string is another entry's too", async () => {
    const entries = [
      makeEntry({
        id: 'CRASH_001',
        title: 'Pod in CrashLoopBackOff',
        symptoms: ['kubectl shows `CrashLoopBackOff`', 'Events show `Back-off restarting failed container`'],
      }),
      makeEntry({
        id: 'OOM_001',
        title: 'Container OOMKilled',
        symptoms: ['`Reason: OOMKilled`', 'then `CrashLoopBackOff`'],
      }),
    ];
    const warnings = await matchTestWarnings(entries);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', code: 'symptom-overlap', file: 'OOM_001.md' });
    expect(warnings[0].message).toMatch(/`CrashLoopBackOff` of OOM_001 (ranks below|ties with) CRASH_001/);
  });
});
