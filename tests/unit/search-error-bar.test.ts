import { describe, expect, it } from 'vitest';
import { weighLines } from '../../lib/search/signals';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A paste's lines are weighed against its best line, but a tool's line that only announces a failure (boilerplate.ts)
 * sets no bar: when every error line is one of those, the line the tool printed without an error word is the error
 * (signals.ts `errorBar`).
 */
const JENKINS = [
  '[Pipeline] sh',
  '+ docker exec -it billing-api php artisan migrate --force',
  'the input device is not a TTY',
  '[Pipeline] }',
  'ERROR: script returned exit code 1',
  'Finished: FAILURE',
];

const ACTIONS = [
  'Run make test-integration',
  "make: *** No rule to make target 'test-integration'.  Stop.",
  'Error: Process completed with exit code 2.',
];

function weightOfLine(paste: readonly string[], line: number): number {
  return Math.max(
    ...weighLines(paste.join('\n'))
      .filter((l) => l.line === line)
      .map((l) => l.weight),
  );
}

describe('the bar a paste’s lines are weighed against', () => {
  it('is not a tool’s closing line: the line before it with no error word is the error line', () => {
    expect(weightOfLine(JENKINS, 2)).toBe(1);
    expect(weightOfLine(ACTIONS, 1)).toBe(1);
    // The announcing lines keep the full weight of an error line, no more.
    expect(weightOfLine(JENKINS, 4)).toBe(1);
    expect(weightOfLine(JENKINS, 5)).toBe(1);
  });

  it('is a line that names an error, where the paste has one', () => {
    const named = [...JENKINS.slice(0, 2), 'Error: No such container: billing-api', ...JENKINS.slice(2)];
    expect(weightOfLine(named, 2)).toBe(1);
    expect(weightOfLine(named, 3)).toBeLessThan(0.5);
  });

  it('is the best line as before when every line is a closing line', () => {
    const lines = weighLines(['ERROR: script returned exit code 1', 'Finished: FAILURE'].join('\n'));
    expect(lines.map((l) => l.weight)).toEqual([1, 1]);
  });
});

describe('an error printed without an error word, before a tool’s closing lines', () => {
  const engine = engineFor([
    makeEntry({
      id: 'DOCKER_NOT_A_TTY_001',
      title: 'docker exec -it in CI: the input device is not a TTY',
      symptoms: ['docker prints `the input device is not a TTY`'],
    }),
    makeEntry({
      id: 'MAKE_NO_RULE_001',
      title: 'make: No rule to make target',
      symptoms: ["make prints `make: *** No rule to make target '...'.  Stop.`"],
    }),
    // Entries whose strings share its words, so that the string alone is not telling enough to make its line an error
    // line whatever the paste's other lines (confidence.ts `holdsTellingString`).
    makeEntry({
      id: 'STTY_NOT_A_TERMINAL_001',
      title: 'stty in a script without a terminal',
      symptoms: ["stty prints `stty: 'standard input': Inappropriate ioctl for device`"],
    }),
    makeEntry({
      id: 'DISK_FULL_001',
      title: 'No space left on device',
      symptoms: ['`No space left on device`', '`Input/output error` on the full volume'],
    }),
    makeEntry({
      id: 'TTY_NOT_ALLOCATED_001',
      title: 'ssh: Pseudo-terminal will not be allocated',
      symptoms: ['`Pseudo-terminal will not be allocated because stdin is not a terminal.`', '`not a tty`'],
    }),
    ...unrelatedEntries(),
  ]);

  it('is a confident match for the entry that quotes it', async () => {
    for (const [paste, id] of [
      [JENKINS, 'DOCKER_NOT_A_TTY_001'],
      [ACTIONS, 'MAKE_NO_RULE_001'],
    ] as const) {
      const found = await engine.search(paste.join('\n'), 5);
      expect([found.confident, found.results[0]?.id]).toEqual([true, id]);
    }
  });

  it('is not one beside an error line the entry does not hold', async () => {
    const paste = [...JENKINS.slice(0, 3), 'Error: No such container: billing-api', ...JENKINS.slice(3)].join('\n');
    const found = await engine.search(paste, 5);
    expect(found.results.find((r) => r.id === 'DOCKER_NOT_A_TTY_001')?.confident).toBe(false);
    expect(found.confident).toBe(false);
  });
});
