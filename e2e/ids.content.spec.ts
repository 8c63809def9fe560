import { expect, test } from '@playwright/test';

test('an entry id in another case goes to the entry, keeping the query', async ({ page }) => {
  await page.goto('/kb/cross_docker_001?IMAGE_NAME=myorg%2Fapi');
  await expect(page).toHaveURL(/\/kb\/CROSS_DOCKER_001\?IMAGE_NAME=myorg%2Fapi$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('exec format error');
});

test('a near-miss id gets a did-you-mean link on the 404 page', async ({ page }) => {
  await page.goto('/kb/CROSS_DOKER_001');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'CROSS_DOCKER_001' }).click();
  await expect(page).toHaveURL(/\/kb\/CROSS_DOCKER_001$/);
});

test('an unrelated 404 offers no suggestion', async ({ page }) => {
  await page.goto('/kb/TOTALLY_UNRELATED_THING_999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('Did you mean')).toHaveCount(0);
});
