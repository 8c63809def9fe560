import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The dev server (playwright.config.ts) serves a copy of the fixture KB made for this run.
const FILE = '.e2e-out/dev-content/FIX_MINIMAL_001.md';
const TITLE = '# Fixture: Minimal entry with only the required sections';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('npm run dev: edit → the open page updates; break → diagnostics shown; fix → page back', async ({ page }) => {
  const original = readFileSync(FILE, 'utf8');
  try {
    await page.goto('/kb/FIX_MINIMAL_001', { timeout: 120_000 });
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Fixture: Minimal entry with only the required sections', { timeout: 60_000 });

    // Edit: the title changes on the open page, with no reload by the test.
    writeFileSync(FILE, original.replace(TITLE, '# Fixture: edited while the page was open'));
    await expect(h1).toHaveText('Fixture: edited while the page was open', { timeout: 20_000 });

    // Break: a tab in the YAML shows the validator's diagnostic, with file and line, in place of the page.
    writeFileSync(FILE, original.replace('complexity: 1', '\tcomplexity: 1'));
    await expect(h1).toHaveText('FIX_MINIMAL_001 has errors', { timeout: 20_000 });
    await expect(page.getByText(/FIX_MINIMAL_001\.md:\d+:\d+/).first()).toBeVisible();
    await expect(page.getByText('yaml-syntax').first()).toBeVisible();
    await expect(page.getByText(/not found|removed/i)).toHaveCount(0);

    // Fix: the page comes back.
    writeFileSync(FILE, original);
    await expect(h1).toHaveText('Fixture: Minimal entry with only the required sections', { timeout: 20_000 });
  } finally {
    writeFileSync(FILE, original);
  }
});

test('npm run dev: a misspelt section heading shows its diagnostic at the heading, not a framework error', async ({
  page,
}) => {
  const original = readFileSync(FILE, 'utf8');
  try {
    writeFileSync(FILE, original.replace('## 🔍 This Is Your Problem If:', '## 🔍 This Is Your Problm If:'));
    await page.goto('/kb/FIX_MINIMAL_001', { timeout: 120_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FIX_MINIMAL_001 has errors', { timeout: 60_000 });
    await expect(page.getByText('did you mean "This Is Your Problem If"?')).toBeVisible();
  } finally {
    writeFileSync(FILE, original);
  }
});
