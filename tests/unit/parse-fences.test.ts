import { describe, expect, it } from 'vitest';
import { fencedLines, findFences } from '../../lib/parse/fences';

const lines = (text: string) => text.split('\n');

describe('findFences', () => {
  it('finds backtick and tilde blocks with their language, closed by a fence of the same character at least as long', () => {
    const text = [
      'intro',
      '```bash title=x',
      'echo ~~~',
      '~~~',
      '````',
      'after',
      '~~~~text',
      '```',
      '~~~~~',
      'end',
    ].join('\n');
    expect(findFences(lines(text))).toEqual([
      { open: 1, close: 4, marker: '```', lang: 'bash' },
      { open: 6, close: 8, marker: '~~~~', lang: 'text' },
    ]);
  });

  it('reads a fence indented inside a list item, and leaves a block the file never closes open', () => {
    expect(findFences(lines('- step\n    ```sh\n    ls\n    ```\n```\nopen'))).toEqual([
      { open: 1, close: 3, marker: '```', lang: 'sh' },
      { open: 4, close: null, marker: '```', lang: '' },
    ]);
  });

  it('is not fooled by inline code of three backticks or a closing fence with text after it', () => {
    expect(findFences(lines('``` `x` ```\ntext'))).toEqual([]);
    expect(fencedLines(lines('```\na\n``` not closed\nb\n```\nc'))).toEqual(new Set([1, 2, 3]));
  });
});
