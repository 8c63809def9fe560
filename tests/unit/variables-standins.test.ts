import { describe, expect, it } from 'vitest';
import { authorStandIns, suggestVariable } from '../../lib/variables/author-placeholders';

const entry = (body: string) => `---\nkb_id: X\n---\n\n${body}\n`;

describe('authorStandIns', () => {
  it('warns on angle-bracket stand-ins in Where to Check and shell blocks, with the file line and a variable', () => {
    const text = entry(
      '**Where to Check**: `docker logs <container>`\n\n```bash\nkubectl logs <pod-name> -n prod\n```',
    );
    const found = authorStandIns(text);
    expect(found.map((d) => [d.line, d.code, d.hint])).toEqual([
      [5, 'variable-stand-in', 'write __CONTAINER__ instead (and describe it under variables: if it is new)'],
      [8, 'variable-stand-in', 'write __POD_NAME__ instead (and describe it under variables: if it is new)'],
    ]);
    expect(found[0].message).toMatch(/stand-in <container>.*redirection/);
  });

  it('warns on IMAGE:TAG and YOUR_ stand-ins', () => {
    const found = authorStandIns(
      entry('```sh\ndocker run IMAGE:TAG\ncurl -H "Authorization: Bearer YOUR_TOKEN" x\n```'),
    );
    expect(found.map((d) => d.hint)).toEqual([
      'write __IMAGE_NAME__:__TAG__ instead (and describe new names under variables:)',
      'write __TOKEN__ instead (and describe new names under variables:)',
    ]);
  });

  it('leaves comments, heredocs, quoted output, shell variables and non-shell blocks alone', () => {
    const text = entry(
      [
        '```bash',
        '# a bare name means docker.io/library/<name>',
        "kubectl get pods | grep -v '<none>'",
        'cat <<EOF',
        'echo ${HOME:-x} $PATH:$HOME',
        'EOF',
        '```',
        '```yaml',
        'image: <image>',
        '```',
        '```',
        'Error: <nil>',
        '```',
      ].join('\n'),
    );
    expect(authorStandIns(text)).toEqual([]);
  });

  it('suggests names', () => {
    expect(suggestVariable('image')).toBe('IMAGE_NAME');
    expect(suggestVariable('build dir')).toBe('BUILD_DIR');
    expect(suggestVariable('MY_APP')).toBe('APP');
  });
});
