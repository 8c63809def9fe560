/** Where feedback links point: the content repository (from `readSiteConfig()`). */
export interface FeedbackTarget {
  repoUrl: string;
  repoBranch: string;
  /** Site origin for a link back to the page, or null. */
  siteUrl: string | null;
}

/** What the reader reports. The pasted output is included only when they ticked it; typed values never are. */
interface FeedbackReport {
  id: string;
  outcome: 'fixed' | 'failed';
  /** "Main solution" or a fallback's title. */
  tried: string;
  output: string | null;
}

// GitHub rejects very long URLs; the output is cut well below that.
const MAX_OUTPUT = 3000;

/** "Edit this entry": the entry's file in the repository (GitHub `edit/<branch>/content/<file>` form). */
export function editUrl(target: FeedbackTarget, file: string): string {
  return `${target.repoUrl}/edit/${encodeURIComponent(target.repoBranch)}/content/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** A prefilled new-issue link: entry id, outcome, what was tried and, if given, the pasted output. */
export function issueUrl(target: FeedbackTarget, report: FeedbackReport): string {
  const title = `${report.id}: ${report.outcome === 'fixed' ? 'this fixed it' : "this didn't work"}`;
  const lines = [
    `Entry: ${report.id}${target.siteUrl ? ` (${target.siteUrl}/kb/${report.id})` : ''}`,
    `Result: ${report.outcome === 'fixed' ? 'fixed' : 'did not work'}`,
    `Tried: ${report.tried}`,
  ];
  if (report.output?.trim()) {
    const cut = report.output.length > MAX_OUTPUT ? `${report.output.slice(0, MAX_OUTPUT)}\n[… cut]` : report.output;
    lines.push('', 'Verification output:', '```', cut.replace(/```/g, "'''"), '```');
  }
  const query = new URLSearchParams({ title, body: lines.join('\n') });
  return `${target.repoUrl}/issues/new?${query.toString()}`;
}

/** "Last updated": `updated` when set, else `created`. */
export function lastUpdated(meta: { created: string; updated?: string }): string {
  return meta.updated ?? meta.created;
}
