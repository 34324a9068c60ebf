// A reader looks for an answer with the site search: typed into /search/, or sent as a ?q= link.
import { expect, test } from '@playwright/test';

test('typing a query into /search/ finds the guide that answers it', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByLabel('Search words');
  await box.fill('parity');
  const results = page.locator('#search-results');
  await expect(results.getByRole('link', { name: /pay/i }).first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText(/\d+ results? for “parity”/);
  // The address follows the query, so the search can be shared.
  await expect(page).toHaveURL(/[?&]q=parity/);
});

test('a ?q= link opens with the query filled in and its results shown', async ({ page }) => {
  await page.goto('search/?q=teen');
  await expect(page.getByLabel('Search words')).toHaveValue('teen');
  await expect(page.locator('#search-results').getByRole('link', { name: /teen/i }).first()).toBeVisible();
});

test('a query with no match says so plainly', async ({ page }) => {
  await page.goto('search/?q=zzzqqqxxy');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “zzzqqqxxy”.');
});

test('pages other than /search/ load no search code until asked', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('guides/what-is-iop/', { waitUntil: 'networkidle' });
  await page.goto('', { waitUntil: 'networkidle' });
  expect(pagefindRequests).toEqual([]);
});

test('the search results link to pages, not to the search page itself', async ({ page }) => {
  await page.goto('search/?q=search');
  await expect(page.getByRole('main').getByRole('status')).not.toBeEmpty();
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((h) => h?.includes('/search/'))).toEqual([]);
});
