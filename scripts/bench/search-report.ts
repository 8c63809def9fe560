/**
 * docs/benchmarks/search.md holds one section per search benchmark between HTML-comment markers,
 * so each script rewrites only its own part.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The benchmark report, relative to the repository root. */
export const REPORT = 'docs/benchmarks/search.md';

const HEADER =
  '# Search benchmarks\n\nWritten by `scripts/bench/search-accuracy.ts` and `scripts/bench/search-perf.ts`; rerun them to refresh.\n';

/** Replaces (or appends) section `name` of the report under `root` (by default {@link REPORT}). */
export async function writeSection(
  root: string,
  name: string,
  markdown: string,
  target: { report: string; header: string } = { report: REPORT, header: HEADER },
): Promise<void> {
  const file = path.join(root, target.report);
  const current = existsSync(file) ? await readFile(file, 'utf8') : target.header;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, () => block) : `${current.trimEnd()}\n\n${block}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, next);
}

/** Formats milliseconds for a table cell. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

/** Formats bytes as KB for a table cell. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
