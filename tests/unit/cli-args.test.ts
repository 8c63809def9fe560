import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../lib/cli/args';

const OPTIONS = {
  content: { type: 'string' },
  json: { type: 'boolean' },
  var: { type: 'string', multiple: true },
} as const;

describe('parseCommandArgs', () => {
  it('reads values, repeated values and operands, with - and everything after -- as operands', () => {
    const args = parseCommandArgs(
      ['--content=kb', 'ID', '--var', 'A=1', '--var=B=2', '--json', '-', '--', '--json'],
      OPTIONS,
    );
    expect(args).toEqual({
      values: { content: 'kb', var: ['A=1', 'B=2'], json: true },
      positionals: ['ID', '-', '--json'],
    });
  });

  it('gives a string option the next argument even when it starts with a dash', () => {
    expect(parseCommandArgs(['--content', '-x'], OPTIONS).values.content).toBe('-x');
  });

  it('names the option at fault', () => {
    expect(() => parseCommandArgs(['--jsn'], OPTIONS)).toThrow('unknown option --jsn (did you mean --json?)');
    expect(() => parseCommandArgs(['-json'], OPTIONS)).toThrow('unknown option -json (did you mean --json?)');
    expect(() => parseCommandArgs(['--constructor'], OPTIONS)).toThrow('unknown option --constructor');
    expect(() => parseCommandArgs(['--content'], OPTIONS)).toThrow('--content needs a value');
    expect(() => parseCommandArgs(['--json=yes'], OPTIONS)).toThrow('--json takes no value, got --json=yes');
  });
});
