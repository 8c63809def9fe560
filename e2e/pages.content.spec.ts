import { readFileSync } from 'node:fs';
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
  const sample = [entries[0], entries[Math.floor(entries.length / 2)], entries[entries.length - 1]].map(
    (e) => `/kb/${e.id}`,
  );
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

test.describe('static export without client-side navigation', () => {
  test('pages link with full page loads and never fetch an RSC payload', async ({ page }) => {
    const payloads: string[] = [];
    page.on('request', (r) => /\.txt(?:[?#]|$)|\/__next\.|[?&]_rsc=/.test(r.url()) && payloads.push(r.url()));
    const e = entries[0];
    for (const path of ['/', `/kb/${e.id}`, '/browse', `/tag/${e.meta.tags[0]}`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 10_000); // links scrolled into view would be prefetched by next/link
    }
    await page.goto(`/kb/${e.id}`);
    await page
      .getByRole('main')
      .getByRole('link', { name: e.meta.category, exact: true })
      .and(page.locator(`[href="/category/${e.meta.category}"]`))
      .click();
    await expect(page).toHaveURL(new RegExp(`/category/${e.meta.category}$`));
    await page.waitForLoadState('networkidle');
    expect(payloads).toEqual([]);
  });

  test("the RSC payload files are not in the export, under the names of Next's export or of next build", async ({
    request,
  }) => {
    const id = entries[0].id;
    const names = [`/kb/${id}.txt`, `/kb/${id}/__next._full.txt`, '/index.txt', '/__next._tree.txt'];
    for (const path of [...names, `/kb/${id}.rsc`, `/kb/${id}.meta`, `/kb/${id}.segments/_tree.segment.rsc`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test('PowerShell blocks are highlighted', async ({ page }) => {
  const e = entries.find((x) => x.patterns.some((p) => p.blocks.some((b) => b.lang === 'powershell')));
  expect(e, 'a starter entry with a powershell block').toBeDefined();
  await page.goto(`/kb/${e!.id}`);
  const code = page.locator('pre code.language-powershell').first();
  await expect(code.locator('span[class^="hljs-"]').first()).toBeAttached();
});

/** The order app/styles/layers.css declares, e.g. ['reset', 'base', …]. */
const layerOrder = /@layer ([\w\s,]+);/
  .exec(readFileSync('app/styles/layers.css', 'utf8'))![1]
  .split(',')
  .map((n) => n.trim());

test.describe('CSS cascade layers', () => {
  for (const path of ['/', `/kb/${entries[0].id}`, '/search']) {
    test(`the layer order is the first rule, and no rule is unlayered, on ${path}`, async ({ page }) => {
      await page.goto(path);
      const sheets = await page.evaluate(() =>
        [...document.styleSheets].map((sheet) =>
          [...sheet.cssRules].map((rule) => ({
            type: rule.constructor.name,
            names: rule instanceof CSSLayerStatementRule ? [...rule.nameList] : [],
          })),
        ),
      );
      expect(sheets.length).toBeGreaterThan(0);
      // An unlayered rule would beat every layer, and a layer first named by a later sheet would sit at the wrong place.
      expect(sheets[0][0]).toEqual({ type: 'CSSLayerStatementRule', names: layerOrder });
      for (const rules of sheets)
        for (const rule of rules) expect(['CSSLayerStatementRule', 'CSSLayerBlockRule']).toContain(rule.type);
    });
  }
});
