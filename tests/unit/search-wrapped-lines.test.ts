import { describe, expect, it } from 'vitest';
import { indexEntries } from '../../lib/search/build';
import { createSearchEngine, memoryLoader } from '../../lib/search/engine';
import { weighLines } from '../../lib/search/signals';
import { wrappedMessages } from '../../lib/search/wrapped-lines';
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
});
