import { expect, test } from '@playwright/test';
import { entriesOf } from './helpers/entry-text';
import { expectAllText, expectNoHorizontalScroll, expectNoSeriousA11yViolations } from './helpers/page-checks';

const entries = await entriesOf('content');

test('the starter KB has entries', () => {
  expect(entries.length).toBeGreaterThanOrEqual(20);
});

test.describe('every starter entry page shows all of its text', () => {
  for (const e of entries) {
    test(e.id, async ({ page }) => {
      await page.goto(`/kb/${e.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllText(page, e);
      for (const s of e.sections) await expect(page.locator(`[id="${s.anchor}"]`)).toHaveCount(1);
    });
  }
});

test.describe('starter pages: accessibility and phone layout', () => {
  const sample = [entries[0], entries[Math.floor(entries.length / 2)], entries[entries.length - 1]].map((e) => `/kb/${e.id}`);
  for (const path of ['/', ...sample, `/category/${entries[0].meta.category}`]) {
    test(`axe: no serious or critical violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('no horizontal page scroll on a phone, on every entry', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const e of entries) {
      await page.goto(`/kb/${e.id}`);
      await expectNoHorizontalScroll(page);
    }
  });

  test('home lists every entry', async ({ page }) => {
    await page.goto('/');
    for (const e of entries) await expect(page.locator(`main a[href="/kb/${e.id}"]`).first()).toBeVisible();
  });
});
