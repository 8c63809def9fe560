import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Variables on the real entry pages of the starter KB: type once, see it everywhere, copy it,
 * keep it across entries and reloads, share it by link, and never let it run as markup.
 */
const PULL = '/kb/DOCKER_PULL_ACCESS_DENIED_001'; // IMAGE_NAME (composed in content/_variables.yml), REGISTRY, IMAGE_REPO, TAG, REGION
const CROSS = '/kb/CROSS_DOCKER_001'; // IMAGE_NAME as a whole value, CONTAINER
const PORT = '/kb/DOCKER_PORT_ALLOCATED_001'; // PORT (declared), IMAGE_NAME
const PLAIN = '/kb/DOCKER_DAEMON_NOT_RUNNING_001'; // no variables
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const HOSTILE_SHELL = '"; rm -rf /';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const panel = (page: Page) => page.getByRole('region', { name: 'Your values' });
const field = (page: Page, name: string) => panel(page).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
const shown = (page: Page, name: string) => page.locator(`[data-var="${name}"]`);
const announcer = (page: Page) => page.locator('[data-kb-announcer]').first();
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The copy button of the first code block that uses `name`. */
const copyButtonOfBlockWith = (page: Page, name: string): Locator =>
  page
    .locator('figure', { has: shown(page, name) })
    .first()
    .getByRole('button');

/** `filled`: true for the reader's own value, 'link' for a value a link proposed and nobody kept yet. */
async function expectEveryOccurrence(page: Page, name: string, text: string, filled: boolean | 'link') {
  const all = shown(page, name);
  expect(await all.count()).toBeGreaterThan(1);
  for (const element of await all.all()) {
    await expect(element).toHaveText(text);
    if (filled) await expect(element).toHaveAttribute('data-filled', filled === 'link' ? 'link' : 'true');
    else await expect(element).not.toHaveAttribute('data-filled');
  }
}

test.describe('variables', () => {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  test.afterEach(() => expect(pageErrors).toEqual([]));

  test('the panel comes before the first command, one labelled field per variable', async ({ page }) => {
    await page.goto(PULL);
    await expect(panel(page)).toBeVisible();
    for (const name of ['IMAGE_NAME', 'REGISTRY', 'IMAGE_REPO', 'TAG', 'REGION'])
      await expect(field(page, name)).toBeVisible();
    const before = await page.evaluate(() => {
      const box = document.querySelector('[data-kb-variable-panel]');
      const first = document.querySelector('pre, [data-var]');
      return Boolean(box && first && box.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
  });

  test('on a wide screen the panel stays in reach while scrolling; on a phone it sits inline before the first command', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(PULL);
    await page.getByRole('heading', { name: 'Verification', level: 2 }).scrollIntoViewIfNeeded();
    await expect(panel(page)).toBeInViewport();
    await field(page, 'TAG').fill('v9');
    await expect(page.locator('pre [data-var="TAG"]').last()).toHaveText('v9');

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(PULL);
    await expect(panel(page)).toBeVisible();
    await expect(field(page, 'TAG')).toHaveValue('v9');
    const [box, first] = await Promise.all([
      panel(page).boundingBox(),
      page
        .getByRole('button', { name: /^Copy (code|command)/ })
        .first()
        .boundingBox(),
    ]);
    expect(box!.y + box!.height).toBeLessThanOrEqual(first!.y);
    await page.getByRole('heading', { name: 'Verification', level: 2 }).scrollIntoViewIfNeeded();
    await expect(panel(page)).not.toBeInViewport();
  });

  test('a typed value shows in every block and inline command, and is copied', async ({ page }) => {
    await page.goto(PULL);
    await expectEveryOccurrence(page, 'IMAGE_NAME', 'IMAGE_NAME', false);
    await field(page, 'IMAGE_NAME').fill('web');
    await expectEveryOccurrence(page, 'IMAGE_NAME', 'web', true);
    await expect(page.locator('li [data-var="IMAGE_NAME"]').first()).toHaveText('web');

    await field(page, 'IMAGE_REPO').fill('acme/web');
    await copyButtonOfBlockWith(page, 'IMAGE_REPO').click();
    const partial = await clipboard(page);
    expect(partial).toContain('/acme/web:__TAG__');
    expect(partial).not.toContain('__IMAGE_REPO__');
    expect(partial).not.toMatch(/#\s*\S*\s*VAR\s*$/m);
    await expect(announcer(page)).toHaveText(/Not filled in: REGISTRY, TAG\./);
    await expect(copyButtonOfBlockWith(page, 'IMAGE_REPO')).toHaveText('⚠ Copied');

    for (const [name, value] of [
      ['REGISTRY', 'ghcr.io'],
      ['TAG', '2.1'],
    ])
      await field(page, name).fill(value);
    await copyButtonOfBlockWith(page, 'IMAGE_REPO').click();
    await expect(announcer(page)).toHaveText('Copied.');
    const full = await clipboard(page);
    expect(full).toContain('docker pull ghcr.io/acme/web:2.1');
    expect(full).toContain('docker login ghcr.io');
    expect(full).not.toContain('__');
  });

  test('a composed value: the parts typed once fill the whole reference here and on other entries; a typed whole wins', async ({
    page,
  }) => {
    await page.goto(PULL);
    for (const [name, value] of [
      ['REGISTRY', 'ghcr.io'],
      ['IMAGE_REPO', 'acme/web'],
      ['TAG', '2.1'],
    ])
      await field(page, name).fill(value);
    for (const element of await shown(page, 'IMAGE_NAME').all()) {
      await expect(element).toHaveText('ghcr.io/acme/web:2.1');
      await expect(element).toHaveAttribute('data-filled', 'default');
    }
    await expect(field(page, 'IMAGE_NAME')).toHaveValue('');
    await expect(panel(page)).toContainText(
      'Or leave it empty and fill in REGISTRY, IMAGE_REPO and TAG: it is built from them. Empty: ghcr.io/acme/web:2.1 is used.',
    );

    await page.goto(CROSS);
    for (const name of ['REGISTRY', 'IMAGE_REPO', 'TAG']) await expect(field(page, name)).toBeVisible();
    await expect(page.locator('pre [data-var="IMAGE_NAME"]').first()).toHaveText('ghcr.io/acme/web:2.1');
    await copyButtonOfBlockWith(page, 'IMAGE_NAME').click();
    expect(await clipboard(page)).toContain('docker build --platform linux/amd64 -t ghcr.io/acme/web:2.1 .');

    await field(page, 'TAG').fill('');
    await expect(page.locator('pre [data-var="IMAGE_NAME"]').first()).toHaveText('IMAGE_NAME'); // a half-built reference is never used
    await field(page, 'IMAGE_NAME').fill('acme/other:1');
    await field(page, 'TAG').fill('2.1');
    await expect(page.locator('pre [data-var="IMAGE_NAME"]').first()).toHaveText('acme/other:1');
  });

  test('Copy all steps copies the solution as a script; the verification is a copy of its own', async ({ page }) => {
    await page.goto(PULL);
    await field(page, 'IMAGE_REPO').fill('web');
    await page.getByRole('button', { name: 'Copy all steps' }).click();
    const script = await clipboard(page);
    expect(script).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(script).toContain('set -euo pipefail');
    expect(script).toContain('docker login __REGISTRY__');
    expect(script).not.toContain('docker manifest inspect');
    expect(script).not.toContain('docker compose build'); // a fallback, not a step
    await expect(announcer(page)).toHaveText(/^Copied all steps\. Not filled in: /);
    await expect(page.locator('[data-copy-message]').first()).toHaveText(/^⚠ Copied all steps, but not filled in: /);
    await page.getByRole('button', { name: 'Copy verification' }).click();
    expect(await clipboard(page)).toContain('docker manifest inspect __REGISTRY__/web:__TAG__');
  });

  test('values follow the reader to another entry and survive a reload', async ({ page }) => {
    await page.goto(PULL);
    await field(page, 'IMAGE_NAME').fill('acme/web:2');
    await page.goto(PORT);
    await expect(field(page, 'IMAGE_NAME')).toHaveValue('acme/web:2');
    await expectEveryOccurrence(page, 'IMAGE_NAME', 'acme/web:2', true);
    await expect(field(page, 'PORT')).toHaveValue('');
    await field(page, 'PORT').fill('8080');
    await page.reload();
    await expect(field(page, 'PORT')).toHaveValue('8080');
    await expectEveryOccurrence(page, 'PORT', '8080', true);
  });

  test('values are shown after a client-side navigation to a related entry', async ({ page }) => {
    await page.goto(PORT);
    await field(page, 'PORT').fill('4000');
    await page.locator('a[href$="/kb/NODE_EADDRINUSE_001"]').first().click();
    await expect(page).toHaveURL(/NODE_EADDRINUSE_001$/);
    await expect(field(page, 'PORT')).toHaveValue('4000');
    await expectEveryOccurrence(page, 'PORT', '4000', true);
    await page.goBack();
    await expectEveryOccurrence(page, 'PORT', '4000', true);
  });

  test('a shared link fills the fields, and "Copy link with my values" builds one', async ({ page, browser }) => {
    await page.goto(`${PORT}?IMAGE_NAME=acme%2Fweb%3A2&utm_source=chat`);
    await expect(field(page, 'IMAGE_NAME')).toHaveValue('acme/web:2');
    await expectEveryOccurrence(page, 'IMAGE_NAME', 'acme/web:2', 'link');
    await field(page, 'PORT').fill('3000');
    await panel(page).getByRole('button', { name: 'Copy link with my values' }).click();
    const link = new URL(await clipboard(page));
    expect(link.pathname).toBe(PORT);
    expect(link.searchParams.get('IMAGE_NAME')).toBe('acme/web:2');
    expect(link.searchParams.get('PORT')).toBe('3000');

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link.toString());
    await expect(field(fresh, 'PORT')).toHaveValue('3000');
    await expectEveryOccurrence(fresh, 'PORT', '3000', 'link');
    await other.close();
  });

  test('an invalid value is flagged and says what is expected', async ({ page }) => {
    await page.goto(PULL);
    const image = field(page, 'IMAGE_NAME');
    await image.fill('MyOrg/App');
    await expect(image).toHaveAttribute('aria-invalid', 'true');
    await expect(image).toHaveAccessibleDescription(/lower-case.*Expected a Docker image reference/);
    await image.fill('myorg/app');
    await expect(image).not.toHaveAttribute('aria-invalid');
    await page.goto(PORT);
    await field(page, 'PORT').fill('80a');
    await expect(field(page, 'PORT')).toHaveAttribute('aria-invalid', 'true');
  });

  test('hostile values stay text: nothing runs, no element is created', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    await page.goto(`${PULL}?IMAGE_NAME=${encodeURIComponent('<script>alert(2)</script>')}`);
    await expectEveryOccurrence(page, 'IMAGE_NAME', '<script>alert(2)</script>', 'link');
    await field(page, 'IMAGE_NAME').fill(HOSTILE_HTML);
    await field(page, 'TAG').fill(HOSTILE_SHELL);
    await field(page, 'REGION').fill(HOSTILE_SHELL);
    await expectEveryOccurrence(page, 'IMAGE_NAME', HOSTILE_HTML, true);
    await expect(field(page, 'REGION')).toHaveAccessibleDescription(/copies put it in quotes/);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"], [data-var] *').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await copyButtonOfBlockWith(page, 'TAG').click();
    await expect(
      page
        .locator('figure', { has: shown(page, 'TAG') })
        .first()
        .locator('[data-copy-message]'),
    ).toHaveText(/^Not copied: TAG is not in the expected format/);
    expect(await clipboard(page)).toBe('before'); // TAG has a declared format (content/_variables.yml): nothing copied
    await copyButtonOfBlockWith(page, 'REGION').click();
    expect(await clipboard(page)).toContain(`--region '"; rm -rf /' |`); // any text: quoted for bash
  });

  test('Clear values empties the fields and brings the placeholders back', async ({ page }) => {
    await page.goto(PULL);
    await field(page, 'IMAGE_NAME').fill('web');
    await panel(page).getByRole('button', { name: 'Clear values' }).click();
    await expect(field(page, 'IMAGE_NAME')).toHaveValue('');
    await expectEveryOccurrence(page, 'IMAGE_NAME', 'IMAGE_NAME', false);
    await expect(announcer(page)).toHaveText('Values cleared.');
    await page.reload();
    await expect(field(page, 'IMAGE_NAME')).toHaveValue('');
  });

  test('an entry without variables has no panel', async ({ page }) => {
    await page.goto(PLAIN);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('[data-kb-variable-panel]')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`panel and highlighted values pass axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(PULL);
      await field(page, 'IMAGE_NAME').fill('MyOrg/App');
      await field(page, 'TAG').fill('a b');
      const results = await new AxeBuilder({ page }).include('[data-kb-variable-panel]').include('.kb-var').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
