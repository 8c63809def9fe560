import { describe, expect, it } from 'vitest';
import { captureValues } from '../../lib/search/capture';
import { glibcWording } from '../../lib/search/errno-wordings';
import { signatureTokens, tokenize } from '../../lib/search/normalize';
import { engineFor, makeEntry } from './search-helpers';

/** One system error, several C libraries' wordings: search reads them as one. */
describe('glibcWording', () => {
  it.each([
    ['macOS and musl ETIMEDOUT', 'port 22: Operation timed out', 'port 22: Connection timed out'],
    ['musl EADDRINUSE', 'bind: Address in use', 'bind: Address already in use'],
    ['musl EMFILE', 'accept: No file descriptors available', 'accept: Too many open files'],
    [
      'libuv EHOSTUNREACH',
      'connect EHOSTUNREACH 10.0.0.9:443 - host is unreachable',
      'connect EHOSTUNREACH 10.0.0.9:443 - No route to host',
    ],
    ['macOS EBUSY', 'umount: /mnt: Resource busy', 'umount: /mnt: Device or resource busy'],
    ['musl EXDEV', 'rename: Cross-device link', 'rename: Invalid cross-device link'],
  ])('%s', (_, text, glibc) => {
    expect(glibcWording(text)).toBe(glibc);
  });

  it.each([
    ["glibc's own wording", 'umount: /mnt: Device or resource busy'],
    ["glibc's own wording", 'mv: cannot move: Invalid cross-device link'],
    ['the phrase inside a longer word', 'reOperation timed outs'],
    ['a wording left out on purpose (the OOM killer says it too)', 'Out of memory: Killed process 812 (java)'],
  ])('leaves %s alone', (_, text) => {
    expect(glibcWording(text)).toBe(text);
  });

  it('is what tokenize and signatureTokens read, so an entry and a paste from another system meet', () => {
    expect(tokenize('ssh: connect to host h port 22: Operation timed out')).toEqual(
      tokenize('ssh: connect to host h port 22: Connection timed out'),
    );
    expect(signatureTokens('ssh: connect to host ... port 22: Operation timed out')).toEqual(
      signatureTokens('ssh: connect to host ... port 22: Connection timed out'),
    );
  });

  it('runs in linear time on a hostile line', () => {
    const started = performance.now();
    glibcWording(`${'Operation timed '.repeat(50_000)}x`);
    glibcWording(`${'Resource '.repeat(100_000)}busy`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('search across C libraries', () => {
  const entries = () => [
    makeEntry({
      id: 'SSH_TIMEOUT_001',
      title: 'ssh connection timed out',
      symptoms: ['`ssh: connect to host ... port 22: Connection timed out`'],
    }),
    makeEntry({
      id: 'SSH_NO_ROUTE_001',
      title: 'ssh finds no route to the host',
      symptoms: ['`ssh: connect to host ... port 22: No route to host`'],
    }),
    makeEntry({
      id: 'SSH_KEY_MODE_001',
      title: 'ssh refuses a private key others can read',
      symptoms: ['`Permissions 0644 for ... are too open.`'],
    }),
  ];

  it('answers the macOS wording with the entry that quotes the Linux one, confidently', async () => {
    const { results, confident } = await engineFor(entries()).search(
      'ssh: connect to host bastion.example.net port 22: Operation timed out',
      5,
    );
    expect([results[0]?.id, confident]).toEqual(['SSH_TIMEOUT_001', true]);
  });

  it("tells the two errors apart in musl's words too", async () => {
    const { results, confident } = await engineFor(entries()).search(
      'ssh: connect to host 10.0.0.9 port 22: Host is unreachable',
      5,
    );
    expect([results[0]?.id, confident]).toEqual(['SSH_NO_ROUTE_001', true]);
  });
});

describe('capture across C libraries', () => {
  it('lifts the host from the macOS wording of a string written in glibc words', () => {
    expect(
      captureValues(
        ['ssh: connect to host __HOST__ port 22: Connection timed out'],
        ['ssh: connect to host bastion.example.net port 22: Operation timed out'],
      ),
    ).toEqual({ HOST: 'bastion.example.net' });
  });
});
