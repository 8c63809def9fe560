import { expect, test, type Page } from '@playwright/test';

/**
 * The starter site is built with KB_REPO_URL=https://github.com/acme/kb (playwright.config.ts); the fixture
 * site without it (verify-panel.fixture.spec.ts checks the links are absent there). Issue 11 item 5.
 */
const PAGE = '/kb/DOCKER_PULL_ACCESS_DENIED_001';
const REPO = 'https://github.com/acme/kb';

/** The new-issue link's title and body, decoded. */
async function issueOf(page: Page, name: string): Promise<{ title: string; body: string; href: string }> {
  const href = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
  expect(href.startsWith(`${REPO}/issues/new?`)).toBe(true);
  const query = new URL(href).searchParams;
  return { title: query.get('title') ?? '', body: query.get('body') ?? '', href };
}

test('with the repository setting: edit link to the file, and prefilled issue links that never carry typed values', async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByRole('link', { name: 'Edit this entry' })).toHaveAttribute(
    'href',
    `${REPO}/edit/main/content/DOCKER_PULL_ACCESS_DENIED_001.md`,
  );
  await page
    .getByRole('region', { name: 'Your values' })
    .getByRole('textbox', { name: /^IMAGE_REPO\b/ })
    .fill('acme/secret-repo');
  await page.getByLabel('Paste the output of the commands above to check it').fill('OK\n');

  const fixed = await issueOf(page, 'This fixed it');
  expect(fixed.title).toBe('DOCKER_PULL_ACCESS_DENIED_001: this fixed it');
  expect(fixed.body).toContain('Entry: DOCKER_PULL_ACCESS_DENIED_001');
  expect(fixed.body).toContain('Tried: Main solution');
  expect(fixed.body).not.toContain('Verification output'); // not ticked
  expect(fixed.href).not.toContain('secret-repo');

  const tried = page.getByLabel('What did you try?');
  const fallback = (await tried.locator('option').nth(1).textContent()) ?? '';
  expect(fallback).not.toBe('');
  await tried.selectOption(fallback);
  await page.getByLabel('Include the pasted output').check();
  const failed = await issueOf(page, 'This didn’t work');
  expect(failed.title).toBe("DOCKER_PULL_ACCESS_DENIED_001: this didn't work");
  expect(failed.body).toContain(`Tried: ${fallback}`);
  expect(failed.body).toContain('Verification output:\n```\nOK\n');
  expect(failed.href).not.toContain('secret-repo');
  await expect(page.getByRole('link', { name: 'This fixed it' })).toHaveAttribute('target', '_blank');
});
