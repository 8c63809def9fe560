import type { Page } from '@playwright/test';

/** The search page's paste field. */
export const searchField = (page: Page) => page.getByRole('textbox', { name: 'Error message or log' });

/** The search page's result items, in order. */
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
