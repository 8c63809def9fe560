import { readValuesFromQuery, MAX_VALUE_LENGTH } from '@/lib/variables/url';
import { withDefaults, type VariableValues } from '@/lib/variables/substitute';
import { sanitizeValue } from '@/lib/variables/sanitize';

/** localStorage key holding the reader's values as a JSON object `{ "IMAGE_NAME": "acme/web:2" }`. */
export const STORAGE_KEY = 'kb:variables';

const EMPTY: VariableValues = Object.freeze({});
const NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const listeners = new Set<() => void>();
/** Null until first read in a browser; replaced (never mutated) on change, so it is a stable snapshot. */
let values: VariableValues | null = null;
let defaults: VariableValues = EMPTY;
let problems: Readonly<Record<string, string>> = EMPTY;

/**
 * The reader's values. On the first call in a browser they are loaded from localStorage and the
 * page's query string (`?IMAGE_NAME=…` wins); values from a link are saved only once the reader
 * edits a field. On the server: always empty.
 */
export function getValues(): VariableValues {
  if (typeof window === 'undefined') return EMPTY;
  if (values === null) {
    values = Object.freeze({ ...readStorage(), ...cleanAll(readValuesFromQuery(window.location.search)) });
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      values = Object.freeze(readStorage());
      notify();
    });
  }
  return values;
}

/** The server snapshot for `useSyncExternalStore`: no values. */
export function getServerValues(): VariableValues {
  return EMPTY;
}

/**
 * Sets one value (the empty string removes it), saves all values and notifies subscribers.
 * Control, bidi and zero-width characters are removed first; returns what was removed, by name.
 */
export function setValue(name: string, value: string): string[] {
  const { value: clean, removed } = sanitizeValue(value);
  const next: Record<string, string> = { ...getValues() };
  if (clean === '') delete next[name];
  else next[name] = clean;
  commit(next);
  return removed;
}

/** Records which of the page's values fail their format check (set by the panel), so copies can refuse them. */
export function setProblems(next: Readonly<Record<string, string>>): void {
  problems = Object.freeze({ ...next });
}

/** The page's values that fail their format check, with the reason. */
export function getProblems(): Readonly<Record<string, string>> {
  return problems;
}

/** Forgets every value, here and in localStorage. */
export function clearValues(): void {
  commit({});
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Declared defaults of the page on screen (set by the panel, never saved); `{}` when it leaves. */
export function setDefaults(next: VariableValues): void {
  defaults = Object.freeze({ ...next });
  notify();
}

/** The page's declared defaults. */
export function getDefaults(): VariableValues {
  return defaults;
}

/** What copies use: the reader's values, else the page's declared defaults. */
export function getResolvedValues(): VariableValues {
  return withDefaults(getValues(), defaults);
}

function commit(next: Record<string, string>): void {
  values = Object.freeze(next);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage can be full or disabled (private mode): values still work for this visit.
  }
  notify();
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function readStorage(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const clean: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (NAME.test(name) && typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) {
        const safe = sanitizeValue(value).value;
        if (safe !== '') clean[name] = safe;
      }
    }
    return clean;
  } catch {
    return {};
  }
}

function cleanAll(raw: Record<string, string>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const safe = sanitizeValue(value).value;
    if (safe !== '') clean[name] = safe;
  }
  return clean;
}
