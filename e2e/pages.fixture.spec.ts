import { expect, test } from '@playwright/test';
import type { CodeBlock, EntryModel } from '../lib/content/model';
import { markdownToText } from '../lib/render/markdown';
import { entriesOf, expectedCopy } from './helpers/entry-text';
import { expectAllText, expectNoHorizontalScroll, expectNoSeriousA11yViolations } from './helpers/page-checks';

const entries = await entriesOf('e2e/fixtures/kb');
const entry = (id: string): EntryModel => {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`fixture entry ${id} is missing or invalid`);
  return found;
};
/** Code blocks in page order: sections in source order, blocks in order within each. */
const blocksInPageOrder = (e: EntryModel): CodeBlock[] =>
  e.sections.flatMap((s) =>
    s.kind === 'solution'
      ? e.patterns.flatMap((p) => p.blocks)
      : s.kind === 'verification'
        ? (e.verification?.blocks ?? [])
        : s.kind === 'fallback'
          ? e.fallbacks.flatMap((f) => f.blocks)
          : [],
  );

test('the fixture KB loads', () => {
  expect(entries.length).toBeGreaterThanOrEqual(10);
});

test.describe('every fixture entry page shows all of its text', () => {
  for (const e of entries) {
    test(e.id, async ({ page }) => {
      await page.goto(`/kb/${e.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAllText(page, e);
    });
  }
});

test.describe('template variations', () => {
  test('no fallback: no Fallbacks section and no "If it didn\'t work" link', async ({ page }) => {
    await page.goto('/kb/FIX_NO_FALLBACK_001');
    await expect(page.getByRole('heading', { name: 'Verification', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fallbacks', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'see the fallbacks below' })).toHaveCount(0);
  });

  test('three fallbacks: one card each, and "If it didn\'t work" jumps to them', async ({ page }) => {
    const e = entry('FIX_THREE_FALLBACKS_001');
    await page.goto(`/kb/${e.id}`);
    const options = page.getByRole('heading', { level: 3, name: /^Option \d+:/ });
    await expect(options).toHaveCount(3);
    for (const [i, f] of e.fallbacks.entries()) await expect(options.nth(i)).toHaveAttribute('id', f.anchor);
    await page.getByRole('link', { name: 'see the fallbacks below' }).click();
    await expect(page).toHaveURL(/#fallback$/);
    await expect(page.getByRole('heading', { name: 'Fallbacks', exact: true })).toBeInViewport();
  });

  test('two patterns: each with its phase, tool and anchor', async ({ page }) => {
    const e = entry('FIX_TWO_PATTERNS_001');
    expect(e.patterns).toHaveLength(2);
    await page.goto(`/kb/${e.id}`);
    for (const p of e.patterns) {
      const heading = page.locator(`#${p.anchor}`);
      await expect(heading).toHaveRole('heading');
      await expect(heading).toContainText(p.phase ?? p.heading);
      if (p.tool) await expect(heading).toContainText(p.tool);
    }
  });

  test('YAML and JSON blocks are labelled and highlighted', async ({ page }) => {
    await page.goto('/kb/FIX_YAML_JSON_001');
    for (const lang of ['yaml', 'json']) {
      const code = page.locator(`pre code.language-${lang}`).first();
      await expect(code).toBeVisible();
      await expect(code.locator('span[class^="hljs-"]').first()).toBeAttached();
    }
  });

  test('an unknown section is rendered in its place, in source order', async ({ page }) => {
    const e = entry('FIX_UNKNOWN_SECTION_001');
    const other = e.sections.find((s) => s.kind === 'other');
    expect(other).toBeDefined();
    await page.goto(`/kb/${e.id}`);
    const ids = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const expected = e.sections.map((s) => s.anchor);
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
    await expect(page.getByRole('heading', { level: 2, name: other!.heading })).toBeVisible();
  });

  test('every section, pattern and fallback has an anchor with a visible self-link on focus', async ({ page }) => {
    const e = entry('FIX_THREE_FALLBACKS_001');
    await page.goto(`/kb/${e.id}`);
    const anchors = [
      ...e.sections.map((s) => s.anchor),
      ...e.patterns.map((p) => p.anchor),
      ...e.fallbacks.map((f) => f.anchor),
    ];
    for (const anchor of anchors) {
      await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
      const link = page.getByRole('link', { name: /^Link to/ }).and(page.locator(`a[href="#${anchor}"]`));
      await link.focus();
      await expect(link).toHaveCSS('opacity', '1');
    }
    await page.goto(`/kb/${e.id}#${e.fallbacks[1].anchor}`);
    await expect(page.locator(`#${e.fallbacks[1].anchor}`)).toBeInViewport();
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const id of ['FIX_MULTILINE_001', 'FIX_YAML_JSON_001', 'FIX_TWO_PATTERNS_001', 'FIX_DECLARED_VARS_001']) {
    test(`${id}: each block copies its exact text, without VAR markers`, async ({ page }) => {
      const e = entry(id);
      await page.goto(`/kb/${e.id}`);
      const buttons = page.getByRole('button', { name: /^Copy code/ });
      const blocks = blocksInPageOrder(e);
      await expect(buttons).toHaveCount(blocks.length);
      for (const [i, block] of blocks.entries()) {
        await buttons.nth(i).click();
        await expect(buttons.nth(i)).toContainText('Copied');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(expectedCopy(e, block.code));
        expect(copied).not.toMatch(/#\s*\S*\s*VAR\s*$/m);
      }
    });
  }

  test('a multi-line command keeps its backslashes, $VARS and {{templates}}', async ({ page }) => {
    const e = entry('FIX_MULTILINE_001');
    const multi = e.patterns.flatMap((p) => p.blocks).find((b) => b.code.includes('\\\n'));
    expect(multi).toBeDefined();
    await page.goto(`/kb/${e.id}`);
    await page
      .getByRole('button', { name: /^Copy code/ })
      .first()
      .click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(multi!.code);
    expect(copied).toContain('$REGISTRY_TOKEN');
    expect(copied).toContain('{{json .Manifest}}');
  });

  test('a Where to Check command copies exactly', async ({ page }) => {
    const e = entry('FIX_UNKNOWN_SECTION_001');
    await page.goto(`/kb/${e.id}`);
    await page.getByRole('button', { name: `Copy command: ${e.whereToCheck[0].code}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(e.whereToCheck[0].code);
  });
});

test.describe('symptom checklist', () => {
  test('ticks are real checkboxes, counted, and remembered after reload', async ({ page }) => {
    const e = entry('FIX_THREE_FALLBACKS_001');
    const counters = e.symptoms.filter((s) => s.counter);
    const total = e.symptoms.length - counters.length;
    expect(counters).toHaveLength(1);
    await page.goto(`/kb/${e.id}`);
    await expect(page.locator('[data-ready]')).toBeAttached();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(total);
    // An item naming another problem is listed apart, under its own heading, with nothing to tick.
    const notThis = page.getByRole('heading', { name: 'Not this problem' }).locator('xpath=..').getByRole('listitem');
    await expect(notThis).toHaveCount(1);
    await expect(notThis).toContainText('the pod is already gone');
    await expect(notThis.getByRole('checkbox')).toHaveCount(0);
    await boxes.nth(0).check();
    await expect(page.getByText(`1 of ${total} match`)).toBeVisible();
    await boxes.nth(total - 1).check();
    await expect(page.getByText(`2 of ${total} match`)).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-ready]')).toBeAttached();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(total - 1)).toBeChecked();
    await expect(page.getByText(`2 of ${total} match`)).toBeVisible();
    await page.goto('/kb/FIX_NO_FALLBACK_001');
    await expect(page.locator('[data-ready]')).toBeAttached();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('exact error strings stand out as code', async ({ page }) => {
    const e = entry('FIX_THREE_FALLBACKS_001');
    await page.goto(`/kb/${e.id}`);
    const error = e.symptoms.flatMap((s) => s.errors)[0];
    await expect(page.getByRole('checkbox').first().locator('xpath=..').locator('code').first()).toHaveText(error);
  });
});

test.describe('hostile entry', () => {
  test('payloads stay inert', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.goto('/kb/FIX_HOSTILE_001');
    await page.waitForLoadState('networkidle');
    const pwned = () => page.evaluate(() => Reflect.get(window, '__pwned'));
    expect(await pwned()).toBeUndefined();
    await expect(page.locator('main script, iframe, object, embed, frame')).toHaveCount(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
    );
    expect(handlers).toEqual([]);
    await expect(
      page.locator(
        'body [href^="javascript:" i], body [href^="data:" i], body [href^="vbscript:" i], body [src^="javascript:" i]',
      ),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'click', exact: true })).toHaveCount(0);
    await page.getByText('click', { exact: true }).click();
    expect(await pwned()).toBeUndefined();
    await expect(page.getByText('<script>window.__pwned=1</script>', { exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
});

test.describe('site pages', () => {
  test('home lists every entry by category with counts', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const e of entries)
      await expect(page.getByRole('link', { name: markdownToText(e.title), exact: true })).toBeVisible();
    const categories = new Set(entries.map((e) => e.meta.category));
    for (const c of categories)
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${c}`) })).toBeVisible();
  });

  test('a tag page lists the entries with that tag, linked from the entry header', async ({ page }) => {
    const e = entry('FIX_TWO_PATTERNS_001');
    const tag = e.meta.tags[0];
    await page.goto(`/kb/${e.id}`);
    await page
      .getByRole('link', { name: tag, exact: true })
      .and(page.locator(`[href="/tag/${tag}"]`))
      .click();
    await expect(page).toHaveURL(new RegExp(`/tag/${tag}$`));
    const tagged = entries.filter((x) => x.meta.tags.includes(tag));
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(tagged.length);
  });

  test('browse indexes exist for every taxonomy', async ({ page }) => {
    for (const [path, title] of [
      ['/browse', 'Browse'],
      ['/category', 'Categories'],
      ['/technology', 'Technologies'],
      ['/tag', 'Tags'],
      ['/platform', 'Platforms'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    }
  });

  test('an unknown entry id answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/kb/NO_SUCH_ENTRY_999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: /^Home/ }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('skip link is the first tab stop and moves focus to the content', async ({ page }) => {
    await page.goto('/kb/FIX_MINIMAL_001');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('accessibility and small screens', () => {
  for (const path of ['/', '/kb/FIX_DECLARED_VARS_001', '/kb/FIX_THREE_FALLBACKS_001', '/tag/fixture', '/browse']) {
    test(`axe: no serious or critical violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('axe in dark mode on an entry', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/kb/FIX_YAML_JSON_001');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);
  });

  test('no horizontal page scroll on a phone; code scrolls inside its block', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const e of entries) {
      await page.goto(`/kb/${e.id}`);
      await expectNoHorizontalScroll(page);
    }
    await page.goto('/');
    await expectNoHorizontalScroll(page);
  });
});
