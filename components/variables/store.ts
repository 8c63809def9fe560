import { VARIABLE_NAME_PATTERN } from '@/lib/name-patterns';
import { readValuesFromQuery, MAX_VALUE_LENGTH } from '@/lib/variables/url';
import { withDefaults, type VariableValues } from '@/lib/variables/substitute';
import { sanitizeValue } from '@/lib/variables/sanitize';

/** localStorage key holding the reader's values as a JSON object `{ "IMAGE_NAME": "acme/web:2" }`. */
const STORAGE_KEY = 'kb:variables';

/** Values a link proposed: shown in a banner, used for this visit, saved only when the reader keeps them. */
interface LinkProposal {
  values: VariableValues;
  /** Per name, the control characters removed from the link's value. */
  removed: Readonly<Record<string, string[]>>;
  /** `log` when the link came from a pasted log (`src=log`), else `link`. */
  source: 'link' | 'log';
}

const EMPTY: VariableValues = Object.freeze({});
const listeners = new Set<() => void>();
/** Null until first read in a browser; replaced (never mutated) on change, so it is a stable snapshot. */
let values: VariableValues | null = null;
let stored: VariableValues = EMPTY;
let proposal: LinkProposal | null = null;
let defaults: VariableValues = EMPTY;
let problems: Readonly<Record<string, string>> = EMPTY;

/**
 * The values in use: the reader's saved values, with a link's proposed values over them for this
 * visit. Loaded on the first call in a browser; the link's values are saved only through
 * {@link keepLinkValues} or by editing that very field. On the server: always empty.
 */
export function getValues(): VariableValues {
  if (typeof window === 'undefined') return EMPTY;
  if (values === null) {
    stored = Object.freeze(readStorage());
    proposal = readProposal(window.location.search);
    values = merge();
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      stored = Object.freeze(readStorage());
      values = merge();
      notify();
    });
  }
  return values;
}

/** The link's pending proposal, or null when there is none or the reader kept or discarded it. */
export function getLinkProposal(): LinkProposal | null {
  getValues();
  return proposal;
}

/** The server snapshot of {@link getLinkProposal}: none. */
export function getServerLinkProposal(): LinkProposal | null {
  return null;
}

/** Saves the link's values as the reader's own and closes the proposal. */
export function keepLinkValues(): void {
  getValues();
  const next = { ...stored, ...(proposal?.values ?? {}) };
  proposal = null;
  commit(next);
}

/** Drops the link's values: the page goes back to the reader's saved values. */
export function discardLinkValues(): void {
  getValues();
  proposal = null;
  values = merge();
  notify();
}

/** The server snapshot for `useSyncExternalStore`: no values. */
export function getServerValues(): VariableValues {
  return EMPTY;
}

/**
 * Sets one value (the empty string removes it), saves the reader's values and notifies. A link's
 * value for this name is replaced by what the reader typed; the link's other values are not saved.
 * Control, bidi and zero-width characters are removed first; returns what was removed, by name.
 */
export function setValue(name: string, value: string): string[] {
  const { value: clean, removed } = sanitizeValue(value);
  getValues();
  const next: Record<string, string> = { ...stored };
  if (clean === '') delete next[name];
  else next[name] = clean;
  if (proposal && Object.hasOwn(proposal.values, name)) {
    const rest = Object.fromEntries(Object.entries(proposal.values).filter(([n]) => n !== name));
    proposal = Object.keys(rest).length === 0 ? null : { ...proposal, values: Object.freeze(rest) };
  }
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
  proposal = null;
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

/** What copies use: the reader's values, else the page's declared defaults. */
export function getResolvedValues(): VariableValues {
  return withDefaults(getValues(), defaults);
}

function commit(next: Record<string, string>): void {
  stored = Object.freeze(next);
  values = merge();
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
      if (VARIABLE_NAME_PATTERN.test(name) && typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) {
        const safe = sanitizeValue(value).value;
        if (safe !== '') clean[name] = safe;
      }
    }
    return clean;
  } catch {
    return {};
  }
}

function merge(): VariableValues {
  return Object.freeze({ ...stored, ...(proposal?.values ?? {}) });
}

function readProposal(search: string): LinkProposal | null {
  const raw = readValuesFromQuery(search);
  const found: Record<string, string> = {};
  const removed: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    const clean = sanitizeValue(value);
    if (clean.removed.length > 0) removed[name] = clean.removed;
    if (clean.value !== '' && clean.value !== stored[name]) found[name] = clean.value;
  }
  if (Object.keys(found).length === 0) return null;
  const source = new URLSearchParams(search).get('src') === 'log' ? 'log' : 'link';
  return Object.freeze({ values: Object.freeze(found), removed: Object.freeze(removed), source });
}
