import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { EntryModel } from '../../lib/content/model';
import { entryTextPieces, pieceMatcher, squash } from './entry-text';

/** Asserts that every piece of the entry's text is visible in the page's main content; lists all that are missing. */
export async function expectAllText(page: Page, entry: EntryModel): Promise<void> {
  const shown = squash(await page.getByRole('main').innerText());
  const missing = entryTextPieces(entry)
    .filter((piece) => !pieceMatcher(entry, piece.text).test(shown))
    .map((piece) => `${piece.where}: ${piece.text}`);
  expect(missing, `text of ${entry.id} missing from /kb/${entry.id}`).toEqual([]);
}

/** Runs axe (WCAG 2.x A/AA rules) and asserts there is no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  expect(bad).toEqual([]);
}

/** Asserts the page does not scroll sideways at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}
