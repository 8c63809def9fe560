import { expect, test, type Page } from '@playwright/test';

/**
 * A placeholder built into a word (`php__PHP_VERSION__-fpm`, `-l__LIB_NAME__`): other teams write values so, and until
 * the thirty-first session such a placeholder stayed literal in what the reader copied. Between upper-case letters on
 * both sides (`LOGGING__LOGLEVEL__DEFAULT`) it is part of an identifier and stays as written.
 */
const ENTRY = '/kb/FIX_GLUED_VARS_001';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const panel = (page: Page) => page.getByRole('region', { name: 'Your values' });
const field = (page: Page, name: string) => panel(page).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const solution = (page: Page) => page.locator('figure', { hasText: 'apt-get install' });

test('values typed once fill placeholders inside words, on the page and in the copy', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(ENTRY);
  await field(page, 'PHP_VERSION').fill('8.2');
  await field(page, 'LIB_NAME').fill('crypto');
  await expect(solution(page).locator('pre')).toContainText('sudo systemctl restart php8.2-fpm');
  await expect(page.locator('figure', { hasText: '-m | grep' }).locator('pre')).toContainText('php-fpm8.2 -m');
  await solution(page).getByRole('button').first().click();
  expect(await clipboard(page)).toBe(
    [
      'sudo apt-get install -y php8.2-mysql libcrypto-dev',
      'sudo systemctl restart php8.2-fpm',
      'gcc main.o -o app -lcrypto',
      'LOGGING__LOGLEVEL__DEFAULT=Warning ./app',
    ].join('\n'),
  );
  expect(pageErrors).toEqual([]);
});

test('a value inside a word is quoted for the shell like any other', async ({ page }) => {
  await page.goto(ENTRY);
  await field(page, 'PHP_VERSION').fill('8.3');
  await field(page, 'LIB_NAME').fill('x; rm -rf ~');
  await solution(page).getByRole('button').first().click();
  const copied = await clipboard(page);
  expect(copied).toContain("gcc main.o -o app -l'x; rm -rf ~'");
  expect(copied).toContain("lib'x; rm -rf ~'-dev");
});
