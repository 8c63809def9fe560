import { describe, expect, it } from 'vitest';
import { loadKb } from '../../lib/content/kb';
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

  it('warns where a string ranks its entry first but is not telling enough to make it a confident match', async () => {
    // The starter KB: the reference entry quotes the command `docker run` as a symptom (it stays as the seed wrote it).
    const { entries } = await loadKb('content');
    const warnings = (await matchTestWarnings(entries)).filter((w) => w.code === 'error-string-not-telling');
    expect(warnings.map((w) => [w.file, w.line])).toEqual([['CROSS_DOCKER_001.md', 22]]);
    // Since the thirty-sixth session a command with no option is read as a command (weak-string-check.ts `isBareCommand`).
    expect(warnings[0].message).toBe(
      "the error string `docker run` is a command (a program the KB's commands run, and its words): any failure of that command shows them, so search never takes a line with it as this entry's error",
    );
  });

  it('does not judge how telling words are in a KB of a handful of entries', async () => {
    // In a KB of two, every word the two share is common: the crash-loop entry's own status would be judged not telling.
    const entries = [
      makeEntry({ id: 'CRASH_001', title: 'Pod in CrashLoopBackOff', symptoms: ['kubectl shows `CrashLoopBackOff`'] }),
      makeEntry({
        id: 'OOM_001',
        title: 'Container OOMKilled',
        symptoms: ['`Reason: OOMKilled`', 'then `CrashLoopBackOff`'],
      }),
    ];
    expect((await matchTestWarnings(entries)).map((w) => w.code)).toEqual(['symptom-overlap']);
  });
});
