/**
 * Synthetic KBs and pasted-error queries for the search benchmarks. Deterministic for a seed.
 * Entries are entry models (no Markdown round trip, so 100k entries build in seconds) whose text
 * follows a Zipf distribution over a large vocabulary, like real technical prose; every entry has
 * its own exact error strings. Queries paste one of them with the noise real logs carry.
 */
import type { EntryModel } from '../../lib/content/model';

/** A labelled synthetic query. */
export interface SyntheticQuery {
  query: string;
  expected: string;
}

const TECH = (
  'docker kubernetes git npm node python pip linux ssh tls nginx postgres redis terraform helm ' +
  'java maven gradle go rust cargo aws gcp azure systemd mysql kafka elasticsearch ansible jenkins'
).split(' ');
const ERROR_WORDS = (
  'error failed cannot denied refused timeout invalid missing not found unable unsupported ' +
  'expired permission connection module package image container volume network port host user config token ' +
  'cache memory disk lock file path version mismatch architecture signal killed exit code status fatal panic ' +
  'exception unknown resolve dependency socket certificate authority daemon process limit quota read write open'
).split(' ');
const FILLER = (
  'the a to of and in is when this that with for on by from or your it be you if are an as ' +
  'then after before run check make sure use set not only all new old same other first'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo ze bra cle dri flo gra kri plo stra tru vex zor qui nux pel dor fin'.split(
  ' ',
);

/** Mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by inverting a precomputed CDF. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function vocabulary(size: number): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < size; i++) {
    let word = '';
    for (let n = i; word.length < 4 || n > 0; n = Math.floor(n / SYLLABLES.length))
      word += SYLLABLES[n % SYLLABLES.length];
    words.push(word);
  }
  return words;
}

/** `n` synthetic entry models. */
export function syntheticEntries(n: number, seed = 7): EntryModel[] {
  const random = rng(seed);
  const vocab = vocabulary(Math.max(20_000, n * 2));
  const rank = zipf(vocab.length, 1.05, random);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const word = () => vocab[rank()];
  const words = (k: number) => Array.from({ length: k }, () => (random() < 0.3 ? pick(FILLER) : word())).join(' ');
  const errorString = (tech: string) => {
    const parts = [pick(ERROR_WORDS), word(), word(), pick(ERROR_WORDS), word(), word(), pick(ERROR_WORDS)];
    if (random() < 0.3) parts.splice(3, 0, '...');
    return `${tech}: ${parts.join(' ')}`;
  };
  const previous: string[][] = [];
  // A quarter of the entries are near-duplicates of an earlier one: same errors but two words.
  const sibling = (errors: string[]) =>
    errors.map((e) =>
      e
        .split(' ')
        .map((w, k) => (k > 0 && random() < 0.3 ? word() : w))
        .join(' '),
    );
  return Array.from({ length: n }, (_, i) => {
    const tech = pick(TECH);
    const errors =
      previous.length > 0 && random() < 0.25 ? sibling(pick(previous)) : [errorString(tech), errorString(tech)];
    previous.push(errors);
    const id = `SYN_${tech.toUpperCase()}_${String(i).padStart(6, '0')}`;
    return entry(
      id,
      tech,
      `${tech} ${errors[0].split(' ').slice(1, 5).join(' ')}`,
      errors,
      words,
      () => pick(TECH),
      random,
    );
  });
}

function entry(
  id: string,
  tech: string,
  title: string,
  errors: string[],
  words: (k: number) => string,
  tech2: () => string,
  random: () => number,
): EntryModel {
  const symptom = (text: string, errs: string[], line: number) => ({ text, errors: errs, line, counter: false });
  const block = (line: number) => ({
    lang: 'bash',
    code: `${tech} ${words(3)}\n${tech} ${words(4)} --${words(1)}`,
    line,
    variables: [],
  });
  return {
    id,
    file: `${id}.md`,
    title,
    tldr: `${words(12)} → ${words(8)}`,
    fixTime: '~5 min',
    platformNote: null,
    intro: [],
    meta: {
      kb_id: id,
      category: 'devops',
      platform: 'linux',
      technologies: [tech, tech2()],
      complexity: 2,
      criticality: 'medium',
      created: '2026-01-15',
      tags: words(4)
        .split(' ')
        .filter((w) => w.length > 3),
      related_kb: [],
      match: [],
      variables: {},
    },
    symptoms: [
      symptom(`${words(5)} \`${errors[0]}\``, [errors[0]], 10),
      symptom(`${words(4)} \`${errors[1]}\``, [errors[1]], 11),
      symptom(words(10), [], 12),
      ...(random() < 0.5 ? [symptom(words(8), [], 13)] : []),
    ],
    whereToCheck: [{ code: `${tech} ${words(2)}`, variables: [], line: 14 }],
    whereToCheckText: null,
    symptomNotes: [],
    patterns: [
      {
        heading: `[Fix — ${tech}]`,
        phase: 'Fix',
        tool: tech,
        anchor: 'fix',
        blocks: [block(20), block(26)],
        notes: [words(25)],
      },
    ],
    critical: [{ name: words(3), why: words(12) }],
    versions: [{ label: 'Works', value: words(4) }],
    solutionNotes: [],
    verification: { blocks: [block(40)], expected: [words(8)], notes: [] },
    fallbacks: [
      {
        number: 1,
        title: words(5),
        anchor: 'option-1',
        blocks: [block(50)],
        when: words(8),
        risks: words(6),
        notes: [],
      },
    ],
    fallbackNotes: [],
    context: {
      rootCause: words(40),
      sideEffects: words(15),
      bestPractice: words(20),
      antiPattern: words(12),
      notes: [],
    },
    applicable: words(6),
    frequency: words(5),
    sections: [],
    variables: [],
  };
}

/** `count` queries pasting one exact error string of a random entry, with log noise around it. */
export function syntheticQueries(entries: readonly EntryModel[], count: number, seed = 11): SyntheticQuery[] {
  const random = rng(seed);
  const hex = () =>
    Math.floor(random() * 2 ** 48)
      .toString(16)
      .padStart(12, '0');
  const prefixes = [
    () => `${new Date(1.7e12 + random() * 3e10).toISOString()} `,
    () => `api-${1 + Math.floor(random() * 3)}  | `,
    () => 'npm ERR! ',
    () =>
      `E0${Math.floor(100 + random() * 800)} 10:11:12.${Math.floor(random() * 1e6)}   4821 server.go:${Math.floor(random() * 900)}] `,
    () => '',
  ];
  return Array.from({ length: count }, () => {
    const target = entries[Math.floor(random() * entries.length)];
    const error = target.symptoms[Math.floor(random() * 2)].errors[0];
    let line = error.replace('...', `/srv/app/${hex()}/data`);
    const words = line.split(' ');
    // Each draw is a fresh random number: 30 % of pastes are truncated, 30 % of the rest lose a word.
    const change = random() < 0.3 ? 'truncate' : random() < 0.3 ? 'drop-word' : 'none';
    if (change === 'truncate') line = words.slice(0, Math.ceil(words.length * (0.6 + random() * 0.2))).join(' ');
    else if (change === 'drop-word')
      line = words.filter((_, i) => i !== 1 + Math.floor(random() * (words.length - 1))).join(' ');
    if (random() < 0.3)
      line += ` (id ${hex()}, peer 10.${Math.floor(random() * 255)}.0.7:${Math.floor(1024 + random() * 60000)})`;
    line = prefixes[Math.floor(random() * prefixes.length)]() + line;
    if (random() < 0.3)
      line += `\n    at handler (/srv/app/src/index.js:${Math.floor(random() * 400)}:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
    return { query: line, expected: target.id };
  });
}
