// A first visit: the home page says what the site is in its title, shows the site's mark, leads with
// a next step for each kind of reader, and says "not medical advice" once; headings read cleanly.
import { expect, test } from '@playwright/test';

test('the home page has a descriptive title and leads with three readers’ next steps', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle(/intensive outpatient program/i);
  expect((await page.title()).length).toBeGreaterThan('IOP Guide'.length + 10);
  const steps = page.getByRole('region', { name: 'Your next step' });
  await expect(steps).toBeVisible();
  const cards = steps.locator('.next-steps > li');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card.locator('a.button')).toHaveCount(1);
  // The next steps come before the list of every guide.
  const order = await page.getByRole('main').evaluate((main) => {
    const ids = [...main.querySelectorAll('h2')].map((h) => h.id);
    return [ids.indexOf('start-here'), ids.indexOf('all-guides')];
  });
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1]!);
  // Right after the opening paragraph: no picture or other section comes before the next steps.
  const firstBlock = await page.getByRole('main').evaluate((main) => main.querySelector('section, figure')?.getAttribute('aria-labelledby'));
  expect(firstBlock).toBe('start-here');
  // A reader weighing an IOP for themselves is one step from "Keeping your job".
  await expect(steps.locator('#for-yourself').locator('..').getByRole('link', { name: 'Keeping your job' })).toHaveAttribute('href', /rights-work-and-privacy\/#keeping-your-job$/);
  // No guide is linked twice from the next steps.
  const targets = await steps.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(targets).size).toBe(targets.length);
});

test('the header shows the site’s mark beside its name', async ({ page }) => {
  await page.goto('guides/');
  const brand = page.getByRole('banner').getByRole('link', { name: 'IOP Guide', exact: true });
  await expect(brand).toBeVisible();
  const mark = brand.locator('svg.site-mark');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('aria-hidden', 'true');
});

for (const path of ['', 'guides/what-is-iop/', 'for-referrers/', 'faq/']) {
  test(`/${path} says "not medical advice" once`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text.match(/not medical advice/gi) ?? []).toHaveLength(1);
  });
}

test('a section’s "#" link shows on hover and focus, not all the time', async ({ page }) => {
  await page.goto('guides/what-to-expect/');
  const heading = page.locator('.section-heading').first();
  const link = heading.locator('.section-link');
  const opacity = () => link.evaluate((el) => getComputedStyle(el).opacity);
  await page.mouse.move(0, 0);
  expect(await opacity()).toBe('0');
  await heading.hover();
  expect(await opacity()).toBe('1');
  await page.mouse.move(0, 0);
  await link.focus();
  expect(await opacity()).toBe('1');
});
