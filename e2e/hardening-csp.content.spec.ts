import { expect, test, type Page } from '@playwright/test';

/**
 * The starter KB served as `npm start` serves it (serve.json headers, per-page CSP meta): an entry
 * page hydrates and works with no Content-Security-Policy violation.
 */
const PULL = '/kb/DOCKER_PULL_ACCESS_DENIED_001';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function watchViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy|refused to (execute|load|apply|connect)/i.test(msg.text())) found.push(msg.text());
  });
  page.on('pageerror', (error) => found.push(`pageerror: ${error.message}`));
  return found;
}

test('an entry page under the CSP: headers set, no violations, variables and copy work', async ({ page }) => {
  const violations = watchViolations(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(PULL);
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(meta).not.toContain('unsafe-eval');
  expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);

  const panel = page.getByRole('region', { name: 'Your values' });
  await panel.getByRole('textbox', { name: /^IMAGE_REPO\b/ }).fill('acme/web');
  await expect(page.locator('[data-var="IMAGE_REPO"]').first()).toHaveText('acme/web');
  await page
    .locator('figure', { has: page.locator('[data-var="IMAGE_REPO"]') })
    .first()
    .getByRole('button')
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('acme/web');
  expect(violations).toEqual([]);
});

test('search works under the CSP (index fetched from the site)', async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto('/');
  await page
    .getByRole('searchbox', { name: 'Search' })
    .fill('standard_init_linux.go:228: exec user process caused: exec format error');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText(
    'CROSS_DOCKER_001',
  );
  expect(violations).toEqual([]);
});

test('no directory listings', async ({ request }) => {
  for (const dir of ['/kb/', '/_next/', '/_next/static/']) {
    const response = await request.get(dir);
    expect(response.status(), dir).toBe(404);
    expect(await response.text(), dir).not.toMatch(/Index of|<ul id="files"/i);
  }
});
