import { describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { weighLines } from '../../lib/search/signals';
import { softWrappedMessages, wrappedMessages } from '../../lib/search/wrapped-lines';
import { makeEntry } from './search-helpers';

const numbered = (text: string): Array<[number, string]> => text.split('\n').map((line, i) => [i, line]);

const NLTK = [
  ">>> nltk.download('punkt')",
  '[nltk_data] Error loading punkt: <urlopen error [SSL:',
  '[nltk_data]     CERTIFICATE_VERIFY_FAILED] certificate verify failed:',
  '[nltk_data]     unable to get local issuer certificate',
  '[nltk_data]     (_ssl.c:1006)>',
].join('\n');

describe('wrappedMessages', () => {
  it('joins a message wrapped with its prefix repeated and a deeper indent, under its first line', () => {
    expect(wrappedMessages(numbered(NLTK))).toEqual([
      {
        line: 1,
        through: 4,
        text: '[nltk_data] Error loading punkt: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)>',
      },
    ]);
  });

  it('leaves lines alone that repeat a prefix without a deeper indent, or indent without a prefix', () => {
    const remote =
      'remote: error: GH006: Protected branch update failed\nremote: error: Changes must be made through a pull request.';
    expect(wrappedMessages(numbered(remote))).toEqual([]);
    const traceback = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n    import boto3';
    expect(wrappedMessages(numbered(traceback))).toEqual([]);
  });

  it('stops at a gap in the line numbers (a long paste clipped in the middle) and after 12 lines', () => {
    expect(
      wrappedMessages([
        [4, 'tag start'],
        [9, 'tag    more'],
      ]),
    ).toEqual([]);
    const long = ['tag a', ...Array.from({ length: 20 }, (_, i) => `tag   w${i}`)].join('\n');
    const [first] = wrappedMessages(numbered(long));
    expect(first.text).toBe(`tag a ${Array.from({ length: 11 }, (_, i) => `w${i}`).join(' ')}`);
  });
});

// Terraform's diagnostic as GitHub Actions prints it: wrapped at 78 columns with no indent to tell the continuation.
const TERRAFORM = [
  'Error: Failed to query available provider packages',
  '',
  'Could not retrieve the list of available versions for provider',
  'hashicorp/sentry: provider registry registry.terraform.io does not have a',
  'provider named registry.terraform.io/hashicorp/sentry',
  '',
  'Error: Terraform exited with code 1.',
].join('\n');

describe('softWrappedMessages', () => {
  it('joins prose wrapped at a width, each line but the last long and open, under its first line', () => {
    expect(softWrappedMessages(numbered(TERRAFORM))).toEqual([
      {
        line: 2,
        through: 4,
        text: 'Could not retrieve the list of available versions for provider hashicorp/sentry: provider registry registry.terraform.io does not have a provider named registry.terraform.io/hashicorp/sentry',
      },
    ]);
  });

  it("reads inside Terraform's box, setting the box aside on the lines it continues with", () => {
    const boxed = TERRAFORM.split('\n').map((line) => `│ ${line}`.trimEnd());
    expect(softWrappedMessages(numbered(boxed.join('\n')))[0].text).toBe(
      '│ Could not retrieve the list of available versions for provider hashicorp/sentry: provider registry registry.terraform.io does not have a provider named registry.terraform.io/hashicorp/sentry',
    );
  });

  it("joins a numbered item's lines at its text's indent, and a capital after a word no sentence ends with", () => {
    const gradle = [
      '   > 2 issues were found when checking AAR metadata:',
      '',
      "       1.  Dependency 'androidx.core:core:1.12.0' requires libraries and applications that",
      '           depend on it to compile against version 34 or later of the',
      '           Android APIs.',
      '',
      '           :app is currently compiled against android-33.',
    ].join('\n');
    expect(softWrappedMessages(numbered(gradle))).toEqual([
      {
        line: 2,
        through: 4,
        text: "       1.  Dependency 'androidx.core:core:1.12.0' requires libraries and applications that depend on it to compile against version 34 or later of the Android APIs.",
      },
    ]);
  });

  it.each([
    ['a short line', 'Could not retrieve the list\nprovider named hashicorp/sentry'],
    [
      'a sentence end',
      'Successfully configured the backend; Terraform will use it from now on, promise.\nuse this backend',
    ],
    [
      'a continuation in capitals',
      'Could not retrieve the list of available versions for this provider today\nProvider named x',
    ],
    [
      'a record of its own',
      'error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413 at the end\nsend-pack: unexpected disconnect',
    ],
    [
      'a deeper indent',
      'Could not retrieve the list of available versions for this provider today\n  provider named x',
    ],
    [
      'a typed command',
      '$ docker run --rm --gpus all nvidia/cuda:12.4.1-base-ubuntu22.04 nvidia-smi now\ndocker failed',
    ],
    ['a table row', 'coredns-76f75df574-9mnzx   0/1     CrashLoopBackOff   7 (88s ago)     14m   again\ncoredns next'],
    [
      'a command line of flags',
      'cc -c -I/usr/lib/erlang/include -Ic_src -DNDEBUG=1 -O2 -fPIC c_src/nif.c -o nif.o\nc_src/nif.c:9:10: fatal',
    ],
  ])('leaves lines apart across %s', (_, text) => {
    expect(softWrappedMessages(numbered(text))).toEqual([]);
  });
});

describe('weighLines with a wrapped message', () => {
  it('reads the lines one by one and the message whole, under the first line number', () => {
    const lines = weighLines(NLTK);
    const whole = lines.filter((l) => l.text.includes('CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable'));
    expect(whole.map((l) => [l.line, l.through])).toEqual([[1, 4]]);
    expect(whole[0].tail.slice(0, 5)).toEqual(['unable', 'get', 'local', 'issuer', 'certificate']);
    expect(lines.filter((l) => l.line === 3)).toHaveLength(1);
  });
});

describe('a search on a wrapped message', () => {
  it('gives the lines the message was wrapped over as the lines it matched', async () => {
    const engine = createSearchEngine(
      memoryLoader(
        indexEntries([
          makeEntry({
            id: 'PY_SSL_001',
            title: 'Python SSL: certificate verify failed',
            symptoms: [
              '`[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate`',
            ],
          }),
        ]),
      ),
    );
    const hit = await engine.search(NLTK, 5);
    expect(hit.results[0]).toMatchObject({ id: 'PY_SSL_001', confident: true, lines: [2, 3, 4, 5] });
  });

  it('finds a string a terminal wrapped at its width', async () => {
    const engine = createSearchEngine(
      memoryLoader(
        indexEntries([
          makeEntry({
            id: 'TF_PROVIDER_001',
            title: 'Terraform assumes the hashicorp namespace',
            symptoms: [
              '`Could not retrieve the list of available versions for provider hashicorp/...: provider registry ... does not have a provider named .../hashicorp/...`',
            ],
          }),
        ]),
      ),
    );
    const hit = await engine.search(TERRAFORM, 5);
    expect(hit.results[0]).toMatchObject({ id: 'TF_PROVIDER_001', confident: true, lines: [3, 4, 5] });
  });
});
