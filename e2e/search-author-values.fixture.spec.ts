import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/page-checks';
import { searchField as field, searchResults as results } from './helpers/search-page';

/**
 * Another team's entry quotes its own terminal: FIX_AUTHOR_VALUES_001's error string holds `"app"`, the example of its
 * DB_USER variable. Search reads that as the placeholder, so a reader's paste with their own role is a confident match
 * and the role fills the entry's commands.
 */

test("a value where the author wrote a variable's example is captured and fills the entry's commands", async ({
  page,
}) => {
  await page.goto('/search');
  await field(page).fill(
    '2026-12-05 10:11:12.345 UTC [4242] FATAL:  password authentication failed for user "billing_rw"',
  );
  const first = results(page).first();
  await expect(first).toContainText('FIX_AUTHOR_VALUES_001');
  await expect(first).not.toContainText('closest entry, not a confident match');
  const href = `/kb/FIX_AUTHOR_VALUES_001?${new URLSearchParams({ DB_USER: 'billing_rw', src: 'log' })}`;
  await expect(first.getByRole('link')).toHaveAttribute('href', href);
  await expectNoSeriousA11yViolations(page);
  await first.getByRole('link').click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
  await expect(page.locator('main pre code').filter({ hasText: '\\password billing_rw' }).first()).toBeVisible();
});
