/**
 * Progress of a long `next build`: how many entry pages are written, and an estimate of the time left,
 * printed every few seconds while pages are generated. Next prints its own stages and a page count at
 * each quarter; this adds a count of entry pages and the time left, read from the files Next writes
 * (`.next/server/app/kb/<id>.html`), so it needs nothing from Next's internals.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One progress line: `412/1,000 entry pages generated (41 %), about 35 s left`; no estimate without a rate yet. */
export function progressLine(done: number, total: number, pagesPerSecond: number | null): string {
  const pct = Math.floor((done / total) * 100);
  const left = pagesPerSecond ? (total - done) / pagesPerSecond : null;
  const eta =
    left === null
      ? ''
      : left < 90
        ? `, about ${Math.max(1, Math.round(left))} s left`
        : `, about ${Math.round(left / 60)} min left`;
  return `  … ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} entry pages generated (${pct} %)${eta}`;
}

/** Entry pages written to `dir` since `since` (ms epoch). */
export function countPages(dir: string, since: number): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    if (!name.endsWith('.html')) continue;
    try {
      if (statSync(path.join(dir, name)).mtimeMs >= since) n++;
    } catch {
      // Written and moved away between the listing and the stat.
    }
  }
  return n;
}

/**
 * Prints a progress line every `everyMs` while entry pages are being written (none yet, or all done:
 * silent). Returns a function that stops it.
 */
export function watchProgress(dir: string, total: number, print: (line: string) => void, everyMs = 10_000): () => void {
  const since = Date.now() - 1000;
  let first: { at: number; done: number } | null = null;
  const timer = setInterval(() => {
    const done = countPages(dir, since);
    if (done === 0 || done >= total) return;
    first ??= { at: Date.now(), done };
    // The rate is measured from the first count, so the compile and data-collection stages do not skew it.
    const seconds = (Date.now() - first.at) / 1000;
    print(progressLine(done, total, seconds > 0 && done > first.done ? (done - first.done) / seconds : null));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
