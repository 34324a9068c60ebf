// A referrer passes a page on: copies a link to one section, shares or prints a page, prints the
// one-page handout, or copies a ready-made link from the referrer kit.
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copying a section link puts that section’s address on the clipboard and says so', async ({ page }) => {
  await page.goto('guides/teens/');
  const heading = page.getByRole('heading', { level: 2, name: 'After-school schedules' });
  const id = await heading.getAttribute('id');
  const link = page.getByRole('link', { name: 'Copy link to section: After-school schedules' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`/guides/teens/#${id}$`));
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
});

test('opening a section link scrolls to that section', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}guides/what-to-expect/#a-typical-week`);
  await expect(page.getByRole('heading', { name: 'A typical week' })).toBeInViewport();
});

test('the share button copies the page address where the browser cannot share', async ({ page }) => {
  await page.goto('guides/families/');
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/\/guides\/families\/$/);
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
});

test('print hides navigation and buttons but keeps sources and review dates', async ({ page }) => {
  await page.goto('guides/paying-for-iop/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('.section-link').first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('.review-dates').first()).toBeVisible();
  await expect(page.getByText(/Printed from https?:\/\//)).toBeVisible();
});

test('the handout shows a QR code and prints on one page of Letter and of A4', async ({ page }) => {
  await page.goto('for-referrers/handout/');
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
});

test('the referrer kit copies a ready-made link for each question', async ({ page }) => {
  await page.goto('for-referrers/');
  await page.getByRole('button', { name: /^Copy link\s*: Levels of care$/ }).click();
  await expect.poll(() => clipboard(page)).toMatch(/\/guides\/levels-of-care\/$/);
});

test('without JavaScript the share and copy buttons stay out of the way', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('for-referrers/');
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Levels of care', exact: true })).toBeVisible();
  await context.close();
});

test('each FAQ answer has a link that copies its own address', async ({ page }) => {
  await page.goto('faq/?q=employer');
  const answer = page.locator('[data-faq-answer]:visible').first();
  await answer.getByRole('link', { name: /^Copy link to this answer/ }).click();
  await expect.poll(() => clipboard(page)).toMatch(/\/faq\/#[a-z0-9-]+$/);
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
});
