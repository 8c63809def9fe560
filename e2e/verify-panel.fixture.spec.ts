import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/page-checks';

const PAGE = '/kb/FIX_VERIFY_001';
const PASSING = '        "Architecture": "amd64",\nArchitecture OK\n';

async function check(page: Page, output: string) {
  await page.goto(PAGE);
  await page.getByLabel('Paste the output of the commands above to check it').fill(output);
  await page.getByRole('button', { name: 'Check output' }).click();
  return page.locator('[data-verdict]');
}

test('a passing output: every checkable item passes, with the line that proved it', async ({ page }) => {
  const verdict = await check(page, PASSING);
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await expect(verdict).toContainText('All 3 checks passed');
  await expect(verdict.locator('[data-result="pass"]')).toHaveCount(3);
  await expect(verdict.locator('[data-result]').nth(0)).toContainText('line 1: "Architecture": "amd64",');
  await expect(verdict.locator('[data-result]').nth(1)).toContainText('line 2: Architecture OK');
  await expect(page.locator('[data-next-step]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('a failing output points at the fallback whose When fits (Option 2, not the first)', async ({ page }) => {
  const verdict = await check(
    page,
    '"Architecture": "arm64",\nstandard_init_linux.go:228: exec user process caused: exec format error\n',
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'fail');
  await expect(verdict).toContainText('3 of 3 checks failed');
  await expect(verdict.locator('[data-result]').nth(2)).toContainText('line 2: standard_init_linux.go:228');
  const next = page.locator('[data-next-step] a');
  await expect(next).toHaveText('Install QEMU emulation');
  await expect(next).toHaveAttribute('href', '#fallback-2');
  await next.click();
  await expect(page).toHaveURL(/#fallback-2$/);
});

test('a failing output with no fitting When points at the fallbacks in general', async ({ page }) => {
  await check(page, 'Architecture OK\n');
  await expect(page.locator('[data-next-step] a')).toHaveText('the fallbacks below');
});

test('ANSI colour codes and CRLF line ends are ignored', async ({ page }) => {
  const verdict = await check(
    page,
    '\u001b[1;32m"Architecture": "amd64",\u001b[0m\r\n\u001b[33mArchitecture OK\u001b[0m\r\n',
  );
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await expect(verdict.locator('[data-result]').nth(1)).toContainText('line 2: Architecture OK');
  await expect(verdict).not.toContainText('\u001b');
});

test('an empty paste gives no verdict, only a prompt', async ({ page }) => {
  const verdict = await check(page, '  \n');
  await expect(verdict).toHaveAttribute('data-verdict', 'empty');
  await expect(verdict).toContainText('paste the output first');
  await expect(verdict.locator('[data-result]')).toHaveCount(0);
});

test('without the repository setting there are no feedback or edit links', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('link', { name: 'Edit this entry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'This fixed it' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'This didn’t work' })).toHaveCount(0);
  await expect(page.locator('[data-feedback]')).toHaveCount(0);
});

test('an entry without checkable items has no paste field', async ({ page }) => {
  await page.goto('/kb/FIX_MINIMAL_001');
  await expect(page.locator('[data-verify-panel]')).toHaveCount(0);
});

test('the printed page: no search box, buttons or empty paste field; long commands wrap', async ({ page }, info) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Check output' })).toBeHidden();
  await expect(page.locator('[data-verify-panel]')).toBeHidden();
  const pre = page.locator('pre').first();
  expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  // Attached for a look (the PDF Chromium prints, and the page in print media), no tool beyond the browser needed.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await info.attach('printed page', { body: pdf, contentType: 'application/pdf' });
  await info.attach('page in print media', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test('sitemap.xml lists the entries; the entry page has a description and Open Graph tags', async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/kb/FIX_VERIFY_001</loc>');
  expect(sitemap).toContain('<lastmod>2026-03-05');
  await page.goto(PAGE);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /rebuild with --platform linux\/amd64/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Fixture: Image built for the wrong architecture',
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('symptoms that do not fit: 1 of 4 ticked says "probably not this problem" and lists closest entries from the index', async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.locator('[data-ready]')).toBeVisible();
  const boxes = page.getByRole('checkbox');
  await boxes.nth(0).check();
  const note = page.locator('[data-not-this-problem]');
  await expect(note).toContainText('This is probably not your problem.');
  // `kb search` ranks FIX_NO_FALLBACK_001 next for this symptom's text; the page's own entry is left out.
  await expect(note.locator('a[href="/kb/FIX_NO_FALLBACK_001"]')).toBeVisible();
  await expect(note.locator('a[href="/kb/FIX_VERIFY_001"]')).toHaveCount(0);
  await boxes.nth(1).check();
  await expect(note).toHaveCount(0);
  await boxes.nth(1).uncheck();
  await boxes.nth(0).uncheck();
});
