// Under a base path, every address the site hands a reader carries it: copied section links, the share
// button, the referrer kit, each FAQ answer's link, the tools' copied links (on their own pages and
// inside guides), search results, the printed address and the handout's address. And search works.
import { expect, test, type Page } from '@playwright/test';
import { basePath } from '../support/html.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The clipboard's address, once it names the expected place under the base. */
async function copiedPath(page: Page, rest: RegExp): Promise<string> {
  const pattern = new RegExp(`^${basePath.replace(/[/.]/g, '\\$&')}${rest.source}`);
  await expect
    .poll(async () => {
      const url = new URL(await clipboard(page));
      return url.pathname + url.search + url.hash;
    })
    .toMatch(pattern);
  return clipboard(page);
}

test('a copied section link carries the base', async ({ page }) => {
  await page.goto('guides/teens/');
  const heading = page.getByRole('heading', { level: 2, name: 'After-school schedules' });
  const id = await heading.getAttribute('id');
  await page.getByRole('link', { name: 'Copy link to section: After-school schedules' }).click();
  const copied = await copiedPath(page, new RegExp(`guides/teens/#${id}$`));
  // And it opens that section.
  await page.goto(copied);
  await expect(heading).toBeInViewport();
});

test('the share button copies the page address with the base', async ({ page }) => {
  await page.goto('guides/families/');
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: 'Share this page' }).click();
  await copiedPath(page, /guides\/families\/$/);
});

test('the referrer kit copies links with the base', async ({ page }) => {
  await page.goto('for-referrers/');
  await page.getByRole('button', { name: /^Copy link\s*: Levels of care$/ }).click();
  const copied = await copiedPath(page, /guides\/levels-of-care\/$/);
  expect((await page.request.get(copied.replace(/^https?:\/\/[^/]+/, ''))).status()).toBe(200);
});

test('an FAQ answer’s copied link carries the base', async ({ page }) => {
  await page.goto('faq/?q=employer');
  const answer = page.locator('[data-faq-answer]:visible').first();
  await answer.getByRole('link', { name: /^Copy link to this answer/ }).click();
  await copiedPath(page, /faq\/#[a-z0-9-]+$/);
});

test('the hours estimator copies a link with the base, on its page and inside a guide', async ({ page }) => {
  for (const where of ['tools/hours-estimator/', 'guides/what-to-expect/']) {
    await page.goto(where);
    const tool = page.locator('.hours-estimator');
    await tool.scrollIntoViewIfNeeded();
    await expect(tool.getByLabel(/weeks/i)).toBeEditable();
    await tool.getByRole('button', { name: 'Copy link to this estimate' }).click();
    const copied = await copiedPath(page, /tools\/hours-estimator\/\?/);
    await page.goto(copied);
    await expect(page.locator('.hours-estimator')).toBeVisible();
  }
});

test('the level comparison copies a link with the base, on its page and inside a guide', async ({ page }) => {
  for (const where of ['tools/compare-levels/', 'guides/levels-of-care/']) {
    await page.goto(where);
    await page.locator('.compare-levels').scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await page.locator('.compare-levels').getByRole('button', { name: /copy link/i }).click();
    await copiedPath(page, /tools\/compare-levels\/\?levels=[a-z,]+$/);
  }
});

test('site search finds pages and links to them under the base', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search words').fill('parity');
  const first = page.locator('#search-results a').first();
  await expect(first).toBeVisible();
  const paths = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((p) => !p.startsWith(basePath))).toEqual([]);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${basePath}[^?]+/$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the FAQ search loads its index from under the base and finds answers', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
  });
  await page.goto('faq/?q=employer');
  await expect(page.locator('[data-faq-answer]:visible').first()).toBeVisible();
  expect(pagefind.length, 'search index requests').toBeGreaterThan(0);
  expect(pagefind.filter((p) => !p.startsWith(`${basePath}pagefind/`))).toEqual([]);
});

test('the printed address and the handout’s address carry the base', async ({ page }) => {
  await page.goto('guides/paying-for-iop/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(new RegExp(`Printed from https?://[^/]+${basePath}guides/paying-for-iop/`))).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('for-referrers/handout/');
  await expect(page.getByRole('img', { name: new RegExp(`^QR code for .*${basePath.replace(/\/$/, '')}`) })).toBeVisible();
});
