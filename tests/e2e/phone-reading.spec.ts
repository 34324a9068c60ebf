// Reading on a 390 px phone: the levels of care never scroll sideways and keep their labels and
// caption, the glossary has an A–Z index that jumps to each letter.
import { expect, test } from '@playwright/test';
import { careLevelOrder, careLevels } from '../../src/data/care-levels.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the levels of care show as cards with every label, and nothing scrolls sideways', async ({ page }) => {
  await page.goto('guides/levels-of-care/');
  const levels = page.locator('.levels').first();
  await levels.scrollIntoViewIfNeeded();
  await expect(levels.locator('.levels-caption')).toHaveText('How the levels of care compare');
  await expect(levels.locator('.levels-caption')).toBeVisible();
  const cards = levels.locator('.levels-cards > li');
  await expect(cards).toHaveCount(careLevelOrder.length);
  for (const [i, id] of careLevelOrder.entries()) {
    await expect(cards.nth(i)).toBeVisible();
    await expect(cards.nth(i)).toContainText(careLevels[id].shortName);
  }
  // Each card names what each fact is (the row label sits beside its value, not off-screen).
  const firstLabel = cards.first().locator('dt').first();
  await expect(firstLabel).toBeVisible();
  // No element in the page's content is wider than its box (a scroll region) or than the screen.
  const sideways = await page.getByRole('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.offsetParent !== null && !el.matches('.visually-hidden, .visually-hidden *') && (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'))
      .map((el) => `${el.tagName}.${el.className}`),
  );
  expect(sideways).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('on a wide screen the levels of care are one table with a full caption', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('guides/levels-of-care/');
  const table = page.getByRole('table', { name: 'How the levels of care compare' }).first();
  await expect(table).toBeVisible();
  await expect(page.locator('.levels-cards').first()).toBeHidden();
  const fits = await table.evaluate((t) => t.getBoundingClientRect().right <= (t.closest('main') as HTMLElement).getBoundingClientRect().right);
  expect(fits).toBe(true);
});

test('the glossary has an A–Z index whose letters jump to their terms', async ({ page }) => {
  await page.goto('glossary/');
  const index = page.getByRole('navigation', { name: 'Glossary, A to Z' });
  await expect(index).toBeVisible();
  const letters = index.getByRole('link');
  const count = await letters.count();
  expect(count).toBeGreaterThanOrEqual(8);
  // Every letter points at a heading that exists, and the terms under it start with that letter.
  for (const link of await letters.all()) {
    const letter = (await link.innerText()).trim();
    const target = (await link.getAttribute('href'))!;
    const heading = page.locator(target);
    await expect(heading).toHaveText(letter);
    const terms = await heading.locator('xpath=..').locator('dfn').allInnerTexts();
    expect(terms.length, `terms under ${letter}`).toBeGreaterThan(0);
    // Terms that start with a number ("42 CFR Part 2") are listed under 0–9.
    for (const term of terms) expect(/^\d/.test(term) ? '0–9' : term[0]!.toUpperCase()).toBe(letter);
  }
  // A letter near the end of the alphabet scrolls its terms into view.
  const last = letters.last();
  await last.click();
  await expect(page.locator((await last.getAttribute('href'))!)).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the A to Z' }).last().click();
  await expect(index).toBeInViewport();
});

test('the checklist shows one program at a time with its count, and its actions again at the end', async ({ page }) => {
  await page.goto('tools/questions-to-ask/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  // Hydration first draws the server's static list; the interactive list (with "Add a program")
  // replaces it once saved answers are read. Measure that one.
  const add = page.getByRole('button', { name: 'Add a program' });
  await expect(add).toBeVisible();
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const oneProgram = await height();
  await add.click();
  await add.click();
  const picker = page.getByRole('group', { name: /Fill in the questions for/ });
  await picker.getByRole('button', { name: 'Program 1' }).click();
  const boxes = page.getByRole('checkbox');
  // Only Program 1's boxes are on screen.
  const visible = await boxes.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  const total = await page.locator('.qc-question').count();
  expect(visible).toBe(total);
  await page.getByRole('checkbox', { name: /^Asked Program 1: / }).first().check();
  await expect(page.locator('.qc-progress').first()).toHaveText(`Program 1: 1 of ${total} asked`);
  // The end of the list has the count and the actions, within reach of the last question.
  const last = page.locator('.qc-question').last();
  const endCopy = page.getByRole('button', { name: 'Copy as text' }).last();
  const gap = await endCopy.evaluate((el, lastTop) => el.getBoundingClientRect().top - lastTop, await last.evaluate((el) => el.getBoundingClientRect().bottom));
  expect(gap).toBeGreaterThan(0);
  expect(gap).toBeLessThan(300);
  await expect(page.locator('.qc-progress').last()).toHaveText(`Program 1: 1 of ${total} asked`);
  // Three programs no longer triple the page: it stays about one program's length (plus the
  // two extra name fields and the program picker).
  expect(await height()).toBeLessThan(oneProgram + 600);
});
