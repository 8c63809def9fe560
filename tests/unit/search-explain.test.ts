import { describe, expect, it } from 'vitest';
import { whyText } from '../../lib/cli/why-text';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { holdoutCases, loadHoldoutKb } from '../../scripts/bench/search-holdout-data';
import { engineFor, makeEntry } from './search-helpers';

/**
 * `kb search --why`: each result that is not a confident match says which of its entry's strings came closest, on
 * which line, and the first test that string failed there.
 */
const kb = () =>
  engineFor([
    makeEntry({
      id: 'TAG_001',
      title: 'The image tag does not exist',
      symptoms: ['docker pull prints `manifest for __IMAGE_NAME__ not found: manifest unknown`'],
    }),
    makeEntry({
      id: 'PORT_001',
      title: 'The port is taken',
      symptoms: [
        '`Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:8080 failed: port is already allocated`',
      ],
    }),
    makeEntry({
      id: 'AUTH_001',
      title: 'Git over HTTPS refuses the password',
      technologies: ['git'],
      symptoms: ["`fatal: Authentication failed for 'https://github.com/...'`"],
    }),
    makeEntry({
      id: 'POOL_001',
      title: 'Azure DevOps: no agent in the pool',
      symptoms: [
        '`No agent found in pool Default which satisfies the specified demands`',
        'The pool page on dev.azure.com shows every agent offline',
      ],
    }),
    makeEntry({
      id: 'NPM_001',
      title: 'npm cannot write to the global folder',
      technologies: ['npm'],
      symptoms: ['`npm ERR! Error: EACCES: permission denied, mkdir ...`'],
    }),
    makeEntry({
      id: 'DISK_001',
      title: 'The disk is full',
      symptoms: ['Any write fails with `No space left on device`'],
    }),
    makeEntry({
      id: 'PROBE_A_001',
      title: 'Readiness probe: the app is slow',
      symptoms: ['`Readiness probe failed: HTTP probe failed with statuscode: 503`'],
    }),
    makeEntry({
      id: 'PROBE_B_001',
      title: 'Readiness probe: the wrong path',
      symptoms: ['`Readiness probe failed: HTTP probe failed with statuscode: 503`'],
    }),
    makeEntry({
      id: 'CRLF_001',
      title: 'Script saved with Windows line endings',
      symptoms: ['`/bin/sh^M: bad interpreter: No such file or directory`'],
    }),
    makeEntry({
      id: 'PUSH_001',
      title: 'Push rejected by a hook',
      technologies: ['git'],
      symptoms: ['`error: failed to push some refs to ...`'],
    }),
  ]);

async function why(query: string, id: string) {
  const { results } = await kb().search(query, 10, { explain: true });
  const result = results.find((r) => r.id === id);
  if (!result) throw new Error(`${id} not among ${results.map((r) => r.id).join(', ')}`);
  return result.why;
}

describe('why a result is not a confident match', () => {
  it('says nothing for a confident match, and nothing unless asked', async () => {
    expect(await why('manifest for web:1.2 not found: manifest unknown', 'TAG_001')).toBeUndefined();
    const { results } = await kb().search('Error response from daemon: manifest for web:1.2 not found', 10);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.why === undefined)).toBe(true);
  });

  it('gives the share of the string on the line, and its words the line lacks', async () => {
    const explained = await why(
      '$ docker pull web:1.2\nError response from daemon: manifest for web:1.2 not found: Requested image not found',
      'TAG_001',
    );
    expect(explained).toMatchObject({ symptom: 0, line: 2, failure: 'coverage', words: ['unknown'] });
    expect(explained!.coverage).toBeLessThan(0.75);
  });

  it("names the string's last element when the line has the rest of it", async () => {
    expect(
      await why(
        'Error response from daemon: driver failed programming external connectivity on endpoint web: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use',
        'PORT_001',
      ),
    ).toMatchObject({ failure: 'tail', words: ['port', 'allocated'] });
  });

  it('says when a string that counts only whole is not all there: a shown carriage return missing', async () => {
    expect(
      await why('bash: ./venv/bin/pip: /old/venv/bin/python3: bad interpreter: No such file or directory', 'CRLF_001'),
    ).toMatchObject({ failure: 'whole', words: expect.arrayContaining(['crlf']) });
  });

  it('says when the closest string cannot decide alone', async () => {
    expect(await why("cp: error writing '/backup/db.dump': No space left on device", 'DISK_001')).toMatchObject({
      failure: 'system',
    });
    expect(
      await why(
        'Warning  Unhealthy  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503',
        'PROBE_A_001',
      ),
    ).toMatchObject({ failure: 'shared' });
    expect(await why("error: failed to push some refs to 'github.com:a/b.git'", 'PUSH_001')).toMatchObject({
      failure: 'boilerplate',
    });
  });

  it('says when the closest string is one ordinary word or a command, and the CLI says it in words', async () => {
    const engine = engineFor([
      makeEntry({
        id: 'KUSTOMIZE_001',
        title: 'Kustomize patch finds no target',
        symptoms: ['`failed to find unique target for patch ...`', 'The overlay sets `namespace`'],
      }),
      makeEntry({
        id: 'NFS_001',
        title: 'NFS access denied',
        symptoms: ['`mount -t nfs` fails with `mount.nfs: access denied by server while mounting ...`'],
      }),
    ]);
    const reason = async (paste: string, id: string) =>
      (await engine.search(paste, 5, { explain: true })).results.find((r) => r.id === id)?.why;
    const lone = await reason('WARN[0000] Using rootless single mapping into the namespace.', 'KUSTOMIZE_001');
    const command = await reason('mount.nfs: Protocol not supported', 'NFS_001');
    expect([lone?.failure, command?.failure]).toEqual(['lone-word', 'command']);
    expect(whyText(lone!, false)).toBe(
      'why:     its closest string is one ordinary word, which any line with that word holds',
    );
    expect(whyText(command!, false)).toBe(
      'why:     its closest string is a command, which the paste may show whatever its error',
    );
  });

  it('says when the paste holds the rarest words of none of its strings (it ranks on shared words)', async () => {
    expect(await why('npm ERR! code ETIMEDOUT permission', 'NPM_001')).toEqual({
      symptom: null,
      line: null,
      failure: null,
      coverage: 0,
      words: [],
    });
  });
});

describe('explanations on a held-out set (v22, over the starter KB and the distractors)', () => {
  it('explains every result that is not confident, and only those, with words where the reason names some', async () => {
    const engine = createSearchEngine(memoryLoader(indexEntries((await loadHoldoutKb()).entries)));
    const reasons = new Map<string, number>();
    for (const { query } of holdoutCases('v22')) {
      for (const result of (await engine.search(query, 5, { explain: true })).results) {
        expect(result.why === undefined).toBe(result.confident);
        const why = result.why;
        if (!why) continue;
        expect(why.line === null).toBe(why.symptom === null);
        if (why.symptom === null) continue;
        // An entry with a string on the paste that is not confident failed a test: it says which.
        expect(why.failure).not.toBeNull();
        if (why.failure === 'tail' || why.failure === 'line-tail') expect(why.words.length).toBeGreaterThan(0);
        reasons.set(why.failure!, (reasons.get(why.failure!) ?? 0) + 1);
      }
    }
    expect([...reasons.keys()]).toEqual(expect.arrayContaining(['coverage', 'tail', 'line-tail', 'boilerplate']));
  });
});
