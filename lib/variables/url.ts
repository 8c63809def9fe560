import { VARIABLE_NAME_PATTERN } from '../name-patterns';
import type { VariableValues } from './substitute';

/** Longest value read from a link; longer ones are ignored rather than cut, so nothing half-copied runs. */
export const MAX_VALUE_LENGTH = 1000;

/**
 * Variable values carried by a query string (`?IMAGE_NAME=acme/web:2`). Only upper-case variable
 * names are read (other parameters such as `utm_source` are ignored), empty and over-long values are
 * dropped, and when a name repeats the first value wins. The values are plain text.
 */
export function readValuesFromQuery(search: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (!VARIABLE_NAME_PATTERN.test(name) || Object.hasOwn(values, name)) continue;
    if (value === '' || value.length > MAX_VALUE_LENGTH) continue;
    values[name] = value;
  }
  return values;
}

/**
 * A link to `pageUrl` that fills `names` with the reader's non-empty values. Other query
 * parameters and the fragment are kept; previous values for those names are replaced.
 * Values of variables the page does not use are never put in the link.
 */
export function buildShareLink(pageUrl: string, values: VariableValues, names: readonly string[]): string {
  const url = new URL(pageUrl);
  for (const name of names) {
    url.searchParams.delete(name);
    const value = Object.hasOwn(values, name) ? values[name] : '';
    if (value !== '' && value.length <= MAX_VALUE_LENGTH) url.searchParams.set(name, value);
  }
  return url.toString();
}
