import { describe, expect, it } from 'vitest';
import { valueTokens, tailStartOf } from '../../lib/search/signature-index';
import { signatureTokens } from '../../lib/search/normalize';
import { chainTail } from '../../lib/search/signals';
import { engineFor, makeEntry } from './search-helpers';

/**
 * Ranking signals that generalize: the last element of an error chain names the error, example
 * values in an entry's error string weigh little, a confident match comes before word overlap, and
 * in a log the earliest matching line (the root cause) comes first.
 */
const nearMisses = () => [
  makeEntry({ id: 'ARCH_001', title: 'Wrong CPU architecture', symptoms: ['Log shows `exec /usr/bin/... : exec format error`'] }),
  makeEntry({ id: 'CRLF_001', title: 'Entrypoint script has CRLF line endings',
    symptoms: ['Log shows `standard_init_linux.go:228: exec user process caused: no such file or directory`'] }),
  makeEntry({ id: 'KEYPERM_001', title: 'Private key too open', symptoms: ['`Load key "/home/you/.ssh/id_rsa": bad permissions`'] }),
  makeEntry({ id: 'PUBKEY_001', title: 'Git over SSH denied', symptoms: ['`git@github.com: Permission denied (publickey).`'] }),
  makeEntry({ id: 'SUDO_001', title: 'sudo cannot resolve its host', symptoms: ['`sudo: unable to resolve host web-01: Name or service not known`'] }),
];

describe('chain tails', () => {
  it('takes the last element of a query line, skipping a quoted value or path after the last colon', () => {
    expect(chainTail('standard_init_linux.go:228: exec user process caused: exec format error')).toEqual(['exec', 'format', 'error']);
    expect(chainTail("OSError: [Errno 24] Too many open files: '/var/lib/app/x.json'")).toEqual(['errno', '24', 'many', 'open', 'file']);
    expect(chainTail('git@github.com: Permission denied (publickey).')).toEqual(['permission', 'denied']);
    expect(chainTail('no chain here')).toEqual([]);
  });

  it('marks where the last element of an entry error string starts', () => {
    const text = 'standard_init_linux.go:228: exec user process caused: no such file or directory';
    const tokens = signatureTokens(text);
    expect(tokens.slice(tailStartOf(text, tokens))).toEqual(['no', 'file', 'directory']);
    expect(tailStartOf('exec format error', signatureTokens('exec format error'))).toBe(0);
  });
});

describe('example values in error strings', () => {
  it('treats quoted parts and hyphenated names with digits as values', () => {
    expect([...valueTokens("Error: Cannot find module 'express'")]).toEqual(['express']);
    expect([...valueTokens('sudo: unable to resolve host web-01: Name or service not known')]).toEqual(['web', '01']);
    expect([...valueTokens('exec format error')]).toEqual([]);
  });
});

describe('ranking', () => {
  it('ranks the entry sharing the tail of the chain above the one sharing its wrapper', async () => {
    const { results, confident } = await engineFor(nearMisses()).search('standard_init_linux.go:228: exec user process caused: exec format error', 5);
    expect(results[0].id).toBe('ARCH_001');
    expect(confident).toBe(true);
  });

  it('is confident on a value the entry shows differently (another host, another key path)', async () => {
    const engine = engineFor(nearMisses());
    const sudo = await engine.search('sudo: unable to resolve host ip-172-31-9-44: Name or service not known', 5);
    expect([sudo.results[0].id, sudo.confident]).toEqual(['SUDO_001', true]);
  });

  it('is confident when everything inside the outermost wrapper of a chain matches (another tool, same error)', async () => {
    const entries = [...nearMisses(), makeEntry({ id: 'PROXY_001', title: 'Port taken on the host',
      symptoms: ['`Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use`'] })];
    const { results, confident } = await engineFor(entries).search('Ports are not available: exposing port TCP 0.0.0.0:3306 -> 0.0.0.0:0: listen tcp4 0.0.0.0:3306: bind: address already in use', 5);
    expect([results[0].id, confident]).toEqual(['PROXY_001', true]);
  });

  it('puts the earliest matching line of a log first: the root cause, then what followed', async () => {
    const paste = 'Load key "/root/.ssh/id_ed25519": bad permissions\ngit@github.com: Permission denied (publickey).';
    const { results } = await engineFor(nearMisses()).search(paste, 5);
    expect(results.slice(0, 2).map((r) => [r.id, r.lines])).toEqual([['KEYPERM_001', [1]], ['PUBKEY_001', [2]]]);
  });

  it('is not confident when the paste only shares some words', async () => {
    const { results, confident } = await engineFor(nearMisses()).search('main.c:3:10: fatal error: openssl/ssl.h: No such file or directory', 5);
    expect(confident).toBe(false);
    expect(results.every((r) => !r.confident)).toBe(true);
  });
});
