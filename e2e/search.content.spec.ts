import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/page-checks';

const EXEC_FORMAT = 'standard_init_linux.go:228: exec user process caused: exec format error';
const NPM_PASTE = [
  'npm error code EACCES',
  'npm error syscall mkdir',
  'npm error path /usr/local/lib/node_modules/@angular/cli',
  "npm error Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/@angular/cli'",
].join('\n');

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

/** Pastes text the way a browser does, clipboard event and all (line breaks included). */
async function paste(page: Page, text: string): Promise<void> {
  await searchbox(page).focus();
  await searchbox(page).evaluate((input, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a pasted error shows the right entry first, with the matched symptom marked', async ({ page }) => {
  await page.goto('/');
  await searchbox(page).fill(EXEC_FORMAT);
  const first = results(page).first();
  await expect(first).toContainText('CROSS_DOCKER_001');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/kb/CROSS_DOCKER_001');
});

test('a multi-line paste keeps its lines and finds the entry', async ({ page }) => {
  await page.goto('/');
  await paste(page, NPM_PASTE);
  await expect(searchbox(page)).toHaveValue(/npm error code EACCES ⏎ npm error syscall mkdir/);
  await expect(results(page).first()).toContainText('NPM_EACCES_GLOBAL_001');
});

test('the index is not fetched at page load, only once someone searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/search-index/'))).toEqual([]);
  await searchbox(page).fill('exec format error');
  await expect(results(page).first()).toContainText('CROSS_DOCKER_001');
  expect(requested).toContain('/search-index/manifest.json');
});

test('/ focuses the search box, except while typing in a field', async ({ page }) => {
  await page.goto('/kb/K8S_OOMKILLED_001');
  await page.locator('body').press('/');
  await expect(searchbox(page)).toBeFocused();
  await page.goto('/search');
  const field = page.getByRole('textbox', { name: 'Error message or log' });
  await field.fill('a');
  await field.press('/');
  await expect(field).toHaveValue('a/');
});

test('arrow keys and Enter open a result; Enter alone opens the results page', async ({ page }) => {
  await page.goto('/');
  await searchbox(page).fill('permission denied');
  await expect(results(page)).not.toHaveCount(0);
  const second = await results(page).nth(1).getByRole('link').getAttribute('href');
  await searchbox(page).press('ArrowDown');
  await searchbox(page).press('ArrowDown');
  await searchbox(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${second}$`));

  await searchbox(page).fill('exec format error');
  await expect(results(page).first()).toContainText('CROSS_DOCKER_001');
  await searchbox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=exec(%20|\+)format(%20|\+)error$/);
});

test('/search?q= shows the results, survives a reload and follows the field', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('npm ERR! code ERESOLVE')}`);
  await expect(results(page).first()).toContainText('NPM_ERESOLVE_001');
  await page.reload();
  await expect(results(page).first()).toContainText('NPM_ERESOLVE_001');
  const field = page.getByRole('textbox', { name: 'Error message or log' });
  await field.fill('fatal: refusing to merge unrelated histories');
  await expect(results(page).first()).toContainText('GIT_UNRELATED_HISTORIES_001');
  await expect(page).toHaveURL(/q=fatal%3A(%20|\+)refusing/);
  await expectNoSeriousA11yViolations(page);
});

test('what was typed before the page took over the box is searched once it does', async ({ page }) => {
  // Hold the page's scripts back, type into the server-rendered box, then let them run.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(searchbox(page)).toBeVisible();
  await searchbox(page).fill('exec format error');
  release();
  await expect(results(page).first()).toContainText('CROSS_DOCKER_001');
});

test('a query that matches nothing says what to paste instead', async ({ page }) => {
  await page.goto('/search?q=quantum%20flux%20capacitor');
  await expect(page.getByRole('status').filter({ hasText: 'No entry matches' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
});
