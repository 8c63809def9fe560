import { expect, test } from '@playwright/test';

test('an entry page carries a meta description and Open Graph tags', async ({ page }) => {
  await page.goto('/kb/CROSS_DOCKER_001');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /exec format error/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Docker exec format error/);
  // The test site is built without KB_SITE_URL: no canonical URL that would point nowhere.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('sitemap.xml lists every entry with its last change', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<loc>/kb/CROSS_DOCKER_001</loc>');
  expect(xml).toMatch(/<lastmod>2026-\d\d-\d\d/);
});

test('printed, an entry drops the search box, buttons and fields, and wraps long commands', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto('/kb/CROSS_DOCKER_001?IMAGE_NAME=myorg%2Fapi%3A1.4.2');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('searchbox')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  for (const field of await page.locator('main input:not([type="checkbox"])').all()) await expect(field).toBeHidden();
  for (const title of await page.getByText('Your values').all()) await expect(title).toBeHidden();
  const pre = page.locator('article pre').first();
  await expect(pre).toBeVisible();
  expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await test.info().attach('entry.pdf', { body: pdf, contentType: 'application/pdf' });
});
