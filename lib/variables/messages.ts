/**
 * What a copy control announces: `Copied.` when every variable had a value, otherwise which ones
 * are still unfilled, so a screen-reader user knows the pasted command still holds `__NAME__`.
 */
export function copyAnnouncement(unfilled: readonly string[], what = 'Copied'): string {
  if (unfilled.length === 0) return `${what}.`;
  const list = unfilled.join(', ');
  return unfilled.length === 1
    ? `${what}. ${list} is not filled in: the command still says __${unfilled[0]}__.`
    : `${what}. Not filled in: ${list}.`;
}
