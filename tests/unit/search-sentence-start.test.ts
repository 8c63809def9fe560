import { describe, expect, it } from 'vitest';
import { sentenceOpening, wordBefore } from '../../lib/search/sentence-start';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A string that opens a sentence (`Out of memory: Killed process ...`) is not held by a line that has its first word
 * in lower case after another word (`Memory cgroup out of memory: Killed process ...`): that line's message is another,
 * longer one (sentence-start.ts, signature-match.ts `mid-sentence`).
 */
describe('sentenceOpening', () => {
  it('reads a capitalized first word before a lower-case one as a sentence opening', () => {
    expect(sentenceOpening('Out of memory: Killed process ... total-vm:...kB', 'out')).toBe('out of');
    expect(sentenceOpening('  Host key verification failed.', 'host')).toBe('host key');
  });

  it('reads no opening in a label, a level word, an identifier or a word the index dropped', () => {
    expect(sentenceOpening('Error response from daemon: ... no space left on device', 'error')).toBeNull();
    expect(sentenceOpening('Warning failed to pull', 'warning')).toBeNull();
    expect(sentenceOpening('Error: certificate has expired', 'error')).toBeNull();
    expect(sentenceOpening('OOMKilled', 'oomkilled')).toBeNull();
    expect(sentenceOpening('It is required that your private key files are NOT accessible', 'required')).toBeNull();
    expect(sentenceOpening('out of memory', 'out')).toBeNull();
  });
});

describe('wordBefore', () => {
  it('names the word that qualifies the opening in a longer message', () => {
    expect(wordBefore('out of', 'Memory cgroup out of memory: Killed process 28811 (java)')).toBe('cgroup');
  });

  it('finds none where the words start the message, stand capitalized, or the first stands alone', () => {
    expect(wordBefore('out of', 'kernel: Out of memory: Killed process 28811 (java)')).toBeNull();
    expect(wordBefore('out of', '[812345.1] out of memory: Killed process 28811 (java)')).toBeNull();
    expect(wordBefore('out of', 'cgroup: out of memory')).toBeNull();
    expect(wordBefore('out of', 'the memory cgroup out of memory, then Out of memory: Killed process')).toBeNull();
    // ctr's `failed to resolve reference` after its name, then `authorization failed` at the end: no `failed to` there.
    expect(wordBefore('failed to', 'ctr: failed to resolve reference: authorization failed')).toBeNull();
  });

  it('reads whole words only: not inside another word, not after a one-letter word', () => {
    expect(wordBefore('out of', 'git checkout of main')).toBeNull();
    expect(wordBefore('out of', 'an outage of the node')).toBeNull();
    expect(wordBefore('out of', 'the cgroup out offset')).toBeNull();
    expect(wordBefore('out of', 'x out of memory')).toBeNull();
    expect(wordBefore('out of', 'run2 out of memory')).toBeNull();
  });

  it('answers on a long line of letters without a word of the string', () => {
    expect(wordBefore('out of', `${'a'.repeat(100_000)} out ofx`)).toBeNull();
  });
});

describe('a string that opens a sentence', () => {
  const engine = engineFor([
    makeEntry({
      id: 'LINUX_OOM_KILLER_001',
      title: 'Linux kernel OOM killer killed a process on the host',
      symptoms: ['dmesg shows `Out of memory: Killed process ... total-vm:...kB, anon-rss:...kB`'],
    }),
    makeEntry({
      id: 'K8S_OOMKILLED_001',
      title: 'Kubernetes container OOMKilled',
      symptoms: ['kubectl describe pod shows `Reason: OOMKilled`'],
    }),
    ...unrelatedEntries(),
  ]);

  it('is a confident match where the line opens with it', async () => {
    for (const line of [
      'Out of memory: Killed process 28811 (java) total-vm:9248812kB, anon-rss:2090176kB, file-rss:17220kB',
      '[812345.118230] Out of memory: Killed process 28811 (java) total-vm:9248812kB, anon-rss:2090176kB',
    ]) {
      const found = await engine.search(line, 3);
      expect([found.confident, found.results[0]?.id]).toEqual([true, 'LINUX_OOM_KILLER_001']);
    }
  });

  it("is not held by a cgroup's kill, and the why names the qualifying word", async () => {
    const found = await engine.search(
      'Memory cgroup out of memory: Killed process 28811 (java) total-vm:9248812kB, anon-rss:2090176kB, file-rss:17220kB',
      3,
      { explain: true },
    );
    expect(found.confident).toBe(false);
    expect(found.results[0]).toMatchObject({
      id: 'LINUX_OOM_KILLER_001',
      why: { failure: 'mid-sentence', words: ['cgroup', 'out of'] },
    });
  });
});
