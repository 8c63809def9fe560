/**
 * Run by hardening-search-strings.test.ts in a child process: error strings built from the fragments that have sent
 * the matcher into loops or slow paths before (a `...` inside a quoted example value before a system error's text,
 * placeholders, `key=value` fields, error numbers, chains), each in an entry of a small KB, searched with the string
 * itself (as `kb validate`'s match tests do) and with its `...` and placeholders filled. A loop shows as the parent's
 * timeout; a slow answer as a failure here. Prints `ok RUNS` on success.
 */
import fc from 'fast-check';
import { engineFor, makeEntry, sampleEntries } from '../search-helpers';

const RUNS = Number(process.env.KB_FUZZ_RUNS) || 300;
const SEED = process.env.KB_FUZZ_SEED ? Number(process.env.KB_FUZZ_SEED) : undefined;
/** Longest one search may take (ms); generous for a shared 2-core CI machine. */
const BOUND_MS = 3000;

const FRAGMENTS = [
  'err="open ...: ',
  'msg="',
  '"',
  "'",
  '`x`',
  '...',
  '__PORT__',
  '__IMAGE_NAME__',
  'exec ',
  'open ',
  'Error: ',
  'error 1069 ',
  'error TS2307: ',
  '(os error 2)',
  'status=1/FAILURE',
  'code=exited, ',
  'x509: ',
  'failed to ',
  ': ',
  ', ',
  ' ',
  '/usr/bin/',
  '0.0.0.0:',
  'permission denied',
  'no such file or directory',
  'connection refused',
  'address already in use',
  'exec format error',
  'not found',
];
const VALUES = ['/srv/app', '"acme/api"', '8080', 'web-01', 'x', 'a b c', '...', ''];

const SYSTEM_TAILS = ['permission denied', 'no such file or directory', 'connection refused', 'address already in use'];
const HEAD_VALUES = [
  '"open ...',
  'err="open ...',
  "'...'",
  '"..."',
  '`x`',
  '/usr/bin/...',
  '__PORT__',
  'exec ...',
  '...',
];
/** Any mix of fragments, or the shape of a head with a value before a system error's text (`exec ...: No such file`). */
const text = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((p) => p.join('').trim()),
  fc
    .tuple(
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }),
      fc.constantFrom(...HEAD_VALUES),
      fc.constantFrom(...SYSTEM_TAILS),
    )
    .map(([head, value, tail]) => `${head.join('')}${value}: ${tail}`.trim()),
);
const filled = (s: string, values: string[]) => {
  let i = 0;
  return s.replace(/\.\.\.|__[A-Z_]+__/g, () => values[i++ % values.length] ?? '');
};

await fc.assert(
  fc.asyncProperty(
    fc.array(text, { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 4 }),
    async (strings, values) => {
      const usable = strings.filter((s) => s.replaceAll('`', '') !== '');
      if (usable.length === 0) return;
      const entry = makeEntry({
        id: 'FUZZ_STRINGS_001',
        title: 'Fuzzed strings',
        symptoms: usable.map((s) => `\`${s.replaceAll('`', "'")}\``),
      });
      const engine = engineFor([...sampleEntries(), entry]);
      for (const query of [...usable, ...usable.map((s) => filled(s, values)), usable.join('\n')]) {
        const started = performance.now();
        await engine.search(query, 10, { explain: true });
        const took = performance.now() - started;
        if (took > BOUND_MS) throw new Error(`${took.toFixed(0)} ms for ${JSON.stringify(query)}`);
      }
    },
  ),
  { numRuns: RUNS, seed: SEED, endOnFailure: true },
);
console.log(`ok ${RUNS}`);
