import { sanitizeValue } from '@/lib/variables/sanitize';
import { readValuesFromQuery, MAX_VALUE_LENGTH } from '@/lib/variables/url';
import { withDefaults, type VariableValues } from '@/lib/variables/substitute';
import type { VariableRule } from '@/lib/variables/types';

/** localStorage key holding the reader's values as a JSON object `{ "IMAGE_NAME": "acme/web:2" }`. */
export const STORAGE_KEY = 'kb:variables';

/** Where values in the page's query string came from: a shared link, or search results for a pasted log (`src=log`). */
export type ProposalSource = 'link' | 'log';

/** Values a link proposes: shown and used on this visit, stored only when the reader keeps them. */
export interface Proposals {
  values: VariableValues;
  source: ProposalSource;
  /** What was removed from the link's values (hidden characters), for the banner. */
  removed: string[];
}

const EMPTY: VariableValues = Object.freeze({});
const NO_PROPOSALS: Proposals = Object.freeze({ values: EMPTY, source: 'link', removed: [] });
const NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const listeners = new Set<() => void>();
/** The reader's own values (stored). Null until first read in a browser; replaced, never mutated. */
let own: VariableValues | null = null;
let proposals: Proposals = NO_PROPOSALS;
/** What the page shows and copies: own values overlaid with the link's proposals. A stable snapshot. */
let merged: VariableValues = EMPTY;
let defaults: VariableValues = EMPTY;
let rules: Readonly<Record<string, VariableRule>> = Object.freeze({});

function load(): void {
  if (own !== null) return;
  own = Object.freeze(readStorage());
  proposals = readProposals(window.location.search);
  merged = Object.freeze({ ...own, ...proposals.values });
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    own = Object.freeze(readStorage());
    merged = Object.freeze({ ...own, ...proposals.values });
    notify();
  });
}

/**
 * The values the page uses: the reader's stored values, and for this visit the values a link proposes
 * (`?IMAGE_NAME=…` wins until kept or discarded). On the server: always empty.
 */
export function getValues(): VariableValues {
  if (typeof window === 'undefined') return EMPTY;
  load();
  return merged;
}

/** The server snapshot for `useSyncExternalStore`: no values. */
export function getServerValues(): VariableValues {
  return EMPTY;
}

/** The link's proposals still waiting for the reader's decision. */
export function getProposals(): Proposals {
  if (typeof window === 'undefined') return NO_PROPOSALS;
  load();
  return proposals;
}

/** The server snapshot of the proposals: none. */
export function getServerProposals(): Proposals {
  return NO_PROPOSALS;
}

/**
 * Sets the reader's own value for one name (hidden characters already removed by the field; the empty
 * string removes it) and saves the reader's own values only: a link's other proposals are never saved as a
 * side effect. A proposal for this name is settled by the edit.
 */
export function setValue(name: string, value: string): void {
  load();
  const next: Record<string, string> = { ...own };
  const clean = sanitizeValue(value).value;
  if (clean === '') delete next[name];
  else next[name] = clean;
  if (Object.hasOwn(proposals.values, name)) proposals = withoutProposal(name);
  commit(next);
}

/** Keeps the link's values as the reader's own (saved). */
export function keepProposals(): void {
  load();
  const next = { ...own, ...proposals.values };
  proposals = NO_PROPOSALS;
  commit(next);
}

/** Drops the link's values: the page goes back to the reader's own. */
export function discardProposals(): void {
  load();
  proposals = NO_PROPOSALS;
  commit({ ...own });
}

/** Forgets every value, here and in localStorage, and the link's proposals. */
export function clearValues(): void {
  load();
  proposals = NO_PROPOSALS;
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

/** Each variable's rule on the page on screen (set by the panel), so a copy checks values as the fields do. */
export function setRules(next: Record<string, VariableRule>): void {
  rules = Object.freeze({ ...next });
}

/** The page's variable rules. */
export function getRules(): Readonly<Record<string, VariableRule>> {
  return rules;
}

/** What copies use: the page's values, else the page's declared defaults. */
export function getResolvedValues(): VariableValues {
  return withDefaults(getValues(), defaults);
}

function withoutProposal(name: string): Proposals {
  const values = { ...proposals.values };
  delete values[name];
  return Object.keys(values).length ? { ...proposals, values: Object.freeze(values) } : NO_PROPOSALS;
}

function commit(next: Record<string, string>): void {
  own = Object.freeze(next);
  merged = Object.freeze({ ...own, ...proposals.values });
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

/** The query string's values, hidden characters removed (and counted for the banner). */
function readProposals(search: string): Proposals {
  const values: Record<string, string> = {};
  const removed: string[] = [];
  for (const [name, raw] of Object.entries(readValuesFromQuery(search))) {
    const clean = sanitizeValue(raw);
    removed.push(...clean.removed.map((r) => `${r} from ${name}`));
    if (clean.value !== '') values[name] = clean.value;
  }
  if (Object.keys(values).length === 0) return NO_PROPOSALS;
  const source: ProposalSource = new URLSearchParams(search).get('src') === 'log' ? 'log' : 'link';
  return Object.freeze({ values: Object.freeze(values), source, removed });
}

/** The stored values; anything that is not a clean, bounded string under a variable name is dropped. */
function readStorage(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const clean: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (!NAME.test(name) || typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) continue;
      const safe = sanitizeValue(value).value;
      if (safe !== '') clean[name] = safe;
    }
    return clean;
  } catch {
    return {};
  }
}
