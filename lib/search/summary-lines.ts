import type { WeightedLine } from './signals';

/**
 * A message that sends the reader elsewhere for its cause is a summary. systemctl prints `Job for nginx.service failed
 * because the control process exited with error code.` and then `See "systemctl status nginx.service" and "journalctl
 * -xeu nginx.service" for details.`; the details (nginx's own `[emerg]` line, from the journal or from `nginx -t`) come
 * later in the paste, when the reader pasted them too. A confident match on a summary is ordered after every confident
 * match on another line, so the entry for the cause comes before the entry for "a unit failed", which earliest-first
 * ordering put first. The summary's match still shows and stays confident: with no other match it is the answer.
 * Browser-safe.
 *
 * Measured (thirty-ninth session, docs/benchmarks/search-holdout.md): on foreign KBs f1-f49 beside the starter KB, 7
 * pastes that showed the starter KB's systemd entry first now show their own entry first (Caddy, Galera, nginx,
 * Elasticsearch, Apache), none lost; one near miss (nginx's missing certificate) now shows, first, an entry that quotes
 * nginx's closing `configuration file … test failed` line, where the systemd entry was (109 -> 110 claimed); held-out
 * sets v2-v87 line for line the same, and blind v88 and f50 too. Ordering a summary after any later confident match, as
 * first simulated, put the Docker daemon entry second behind the systemd entry's own `Main process exited` line on 11
 * pastes: an entry whose first match is the summary stays the summary's. `for more information` was measured too and
 * moves nothing: it points to documentation (`See /usr/share/doc/python3.11/README.venv for more information.`), not to
 * a log.
 */

/** A line that refers the reader elsewhere for the details (systemd's `See "…" and "…" for details.`). */
const REFERRAL = /^\s*See\s.*\sfor (?:more )?details\.?\s*$/;

/** A referral is one short sentence; longer lines are not tested (the pattern then stays linear on what it reads). */
const MAX_REFERRAL_CHARS = 300;

/** Added to a summary's line number in the ordering: more than any paste's number of lines. */
const AFTER_EVERY_LINE = 2 ** 31;

/**
 * 0-based numbers of the summary lines of `query`: each line directly followed by a referral, and every line of a
 * message its tool wrapped over several lines (`lines`, from `weighLines`) when its last line is one.
 */
export function summaryLines(query: string, lines: readonly WeightedLine[]): ReadonlySet<number> {
  const summaries = new Set<number>();
  const text = query.split(/\r?\n/);
  for (let n = 1; n < text.length; n++) {
    if (text[n].length <= MAX_REFERRAL_CHARS && REFERRAL.test(text[n])) summaries.add(n - 1);
  }
  if (summaries.size === 0) return summaries;
  for (const line of lines) {
    if (line.through === undefined || !summaries.has(line.through)) continue;
    for (let n = line.line; n < line.through; n++) summaries.add(n);
  }
  return summaries;
}

/**
 * The line that orders a confident match among others (lib/search/query.ts `worse`): the first of `confident` (0-based,
 * ascending); when that is a summary, a number after every line of the paste, smaller for an earlier summary. An entry
 * whose first match is the summary is the summary's entry, whatever else it matches later: systemd's own `Main process
 * exited, code=exited, status=1/FAILURE` is no detail. -1 when `confident` is empty.
 */
export function orderingLine(confident: readonly number[], summaries: ReadonlySet<number>): number {
  if (confident.length === 0) return -1;
  return summaries.has(confident[0]) ? AFTER_EVERY_LINE + confident[0] : confident[0];
}
