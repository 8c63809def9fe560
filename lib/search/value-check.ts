import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { PLACEHOLDERS } from './normalize';
import { capturePattern } from './capture';

/**
 * Finds example values written into an entry's error strings: a host, an address, a port or line
 * number, a variable's own example. A reader's paste carries their own value there, so the string
 * matches it only in part and the search is less sure of the entry than it should be; a placeholder
 * (`__GIT_HOST__`) matches any value and captures it, `...` matches any value. For `kb validate`; pure.
 */

/** The values found in an error string, and the string with each replaced by a placeholder or `...`. */
export interface WrittenValues {
  values: string[];
  /** Those of `values` that are a variable's example or default (search reads them as its placeholder already). */
  examples: string[];
  /** The variables whose examples were found, in order. */
  variables: string[];
  /** The string as the author should write it: a variable's example becomes `__NAME__`, any other value `...`. */
  suggested: string;
}

/** Placeholders and wildcards, the parts the author already left open: split out with their text kept. */
const OPEN_PARTS = new RegExp(`(${PLACEHOLDERS.source})`);

/**
 * Value shapes that differ from one report of a problem to the next: a URL or socket address (`unix:///var/run/
 * docker.sock` is `tcp://docker:2375` in CI, a named pipe on Windows), an IPv4 address (with its port), a host name
 * under a common top-level domain (with a user and port), a number glued after a colon to a name (`known_hosts:12`,
 * `linux.go:228`, `[::]:8080`: a line number or a port). An entry may come from another team: the URL scheme is
 * bounded (`{0,15}`), since unbounded it rescanned the rest of the string from every word start (200 KB of `a.a.`
 * took 21 s; now 13 ms), and the other shapes start only where their lookbehind allows.
 */
const VALUE_SHAPES: readonly RegExp[] = [
  /\b[a-z][a-z0-9+.-]{0,15}:\/\/[^\s"'`,()<>]*[^\s"'`,()<>.]/gi,
  /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\w.])/g,
  /(?<![\w.@-])(?:[a-z][\w-]*@)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|cloud|internal|local|lan)(?::\d{1,5})?(?![\w-]|\.\w)/gi,
  /(?<=[A-Za-z_)\]]:)\d{2,5}(?![\w.])/g,
];

/**
 * Kubernetes reserves the `kubernetes.io/` and `k8s.io/` prefixes of label, annotation and taint keys for its own
 * components (`app.kubernetes.io/managed-by`, `node-role.kubernetes.io/control-plane`): before a `/`, such a name is a
 * fixed part of the message, not a host the reader's paste replaces (another team's Helm entry quoted `missing key
 * "app.kubernetes.io/managed-by": must be set to "Helm"` and was told to write `...` for it).
 */
const KUBERNETES_KEY_PREFIX = /(?:^|\.)(?:kubernetes|k8s)\.io$/i;

function isKeyPrefix(found: string, next: string | undefined): boolean {
  return next === '/' && KUBERNETES_KEY_PREFIX.test(found);
}

/**
 * The values written in `text`, or null when it holds none; `examples` maps each variable of the entry to its
 * example and default. Parts already open (`__NAME__`, `...`, `<image>`) are left as they are.
 */
export function valuesInErrorString(
  text: string,
  examples: ReadonlyMap<string, readonly string[]>,
): WrittenValues | null {
  const values: string[] = [];
  const exampleValues: string[] = [];
  const variables: string[] = [];
  const parts = text.split(OPEN_PARTS).map((part, i) => {
    if (i % 2 === 1) return part;
    let out = withPlaceholders(part, examples, (found, name) => {
      values.push(found);
      exampleValues.push(found);
      variables.push(name);
    });
    for (const shape of VALUE_SHAPES) {
      out = out.replace(shape, (found: string, at: number, whole: string) => {
        if (isKeyPrefix(found, whole[at + found.length])) return found;
        values.push(found);
        return '...';
      });
    }
    return out;
  });
  if (values.length === 0) return null;
  return {
    values: [...new Set(values)],
    examples: [...new Set(exampleValues)],
    variables: [...new Set(variables)],
    suggested: parts.join('').replace(/(?:\.\.\.)+/g, '...'),
  };
}

/**
 * The error string as search reads it: each example (or default) of one of the entry's variables written in it reads as
 * that variable's placeholder, as the `error-string-value` hint asks the author to write it. Another team's entry often
 * quotes its own terminal (`FATAL:  password authentication failed for user "app"` beside `DB_USER: {example: app}`):
 * read so, the string matches the reader's user and captures it for the commands. Other values stay as written (read
 * as `...` or weighed down by example-values.ts). Unchanged when that would make more placeholders than can capture.
 */
export function openExamples(text: string, examples: ReadonlyMap<string, readonly string[]>): string {
  if (examples.size === 0) return text;
  const open = text
    .split(OPEN_PARTS)
    .map((part, i) => (i % 2 === 1 ? part : withPlaceholders(part, examples)))
    .join('');
  return open === text || capturePattern(open) === null ? text : open;
}

/** `text` (no open part in it) with each variable's example written as its placeholder; `found` hears of each. */
function withPlaceholders(
  text: string,
  examples: ReadonlyMap<string, readonly string[]>,
  found?: (value: string, name: string) => void,
): string {
  let out = text;
  for (const [name, candidates] of examples) {
    for (const value of candidates) {
      out = out.replace(examplePattern(value), (match) => {
        found?.(match, name);
        return `__${name}__`;
      });
    }
  }
  return out;
}

/** Each variable of an entry (merged with the KB's `_variables.yml`) with its example and default. */
export function variableExamples(entry: EntryModel): Map<string, string[]> {
  const examples = new Map<string, string[]>();
  for (const [name, declaration] of Object.entries(entry.meta.variables)) {
    const values = [declaration.example, declaration.default].filter((v): v is string => typeof v === 'string');
    if (values.length > 0) examples.set(name, values);
  }
  return examples;
}

/**
 * A variable's example as a whole value. One with a dot, slash, colon, @, hyphen or digit (`github.com`,
 * `acme/api`, `8080`) counts anywhere; a plain word (`default`, `api`) only in quotes, where an error message puts
 * a name, since elsewhere it is more likely a word of the message. Examples under three characters never count.
 */
function examplePattern(value: string): RegExp {
  if (value.length < 3) return /(?!)/g;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /[./:@\d-]/.test(value)
    ? new RegExp(`(?<![\\w./-])${escaped}(?![\\w/-]|\\.\\w)`, 'g')
    : new RegExp(`(?<=['"‘“])${escaped}(?=['"’”])`, 'g');
}

/** The `error-string-value` warnings of one entry (variables already merged with the KB's `_variables.yml`). */
export function checkErrorStringValues(entry: EntryModel): FileDiagnostic[] {
  const examples = variableExamples(entry);
  const found: FileDiagnostic[] = [];
  for (const symptom of entry.symptoms) {
    for (const text of symptom.errors) {
      const written = valuesInErrorString(text, examples);
      if (!written) continue;
      found.push({
        line: symptom.line,
        column: 1,
        severity: 'warning',
        code: 'error-string-value',
        message: valuesMessage(text, written),
        hint: `write \`${written.suggested}\`${fillsHint(written.variables)}`,
      });
    }
  }
  return found;
}

/**
 * What the values in a string do to search: other values weaken the match; a variable's example reads as its
 * placeholder.
 */
function valuesMessage(text: string, written: WrittenValues): string {
  const quote = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');
  const others = written.values.filter((v) => !written.examples.includes(v));
  const parts = [
    others.length > 0
      ? `holds ${quote(others)}: a reader's paste has its own value there, so the string matches it only in part and search is less sure of this entry`
      : null,
    written.examples.length > 0
      ? `holds ${quote(written.examples)}, ${written.variables.length === 1 ? 'the example' : 'examples'} of ${written.variables.map((n) => `__${n}__`).join(', ')}: search reads ${written.examples.length === 1 ? 'it as that placeholder' : 'them as those placeholders'} and captures the reader's value, but the symptom shows the reader yours`
      : null,
  ].filter((part) => part !== null);
  return `the error string \`${text}\` ${parts.join('; it also ')}`;
}

function fillsHint(variables: readonly string[]): string {
  if (variables.length === 0) return ': ... matches any value';
  const names = variables.map((n) => `__${n}__`).join(', ');
  return `: ${names} ${variables.length === 1 ? 'matches' : 'match'} any value and fills the commands with the reader's`;
}
