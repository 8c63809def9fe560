/**
 * Static export needs at least one page per dynamic route, so an empty KB (or an empty taxonomy) lists this
 * one placeholder; its page is a "not found" and `npm run build` removes it from the export.
 */
export const PLACEHOLDER_PARAM = '_none';

/** The params for `generateStaticParams`, or the placeholder when there are none. */
export function staticParams<K extends string>(key: K, values: readonly string[]): Record<K, string>[] {
  const list = values.length ? values : [PLACEHOLDER_PARAM];
  return list.map((v) => ({ [key]: v }) as Record<K, string>);
}
