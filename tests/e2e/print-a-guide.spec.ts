// A reader prints a guide to read on paper or take to an appointment: it fits its page budget, shows
// no addresses that mean nothing on paper, leaves out screen-only parts, keeps the crisis line, and a
// tool inside it prints as one line.
import { expect, test, type Page } from '@playwright/test';
import { defaultSchedule, estimate } from '../../src/lib/hours.ts';
import { uiText } from '../../src/i18n/index.ts';
import { comparisonSummary, defaultLevels } from '../../src/lib/compare.ts';
import { careLevels } from '../../src/data/care-levels.ts';

/** The tools' English words (these checks run on English guides). */
const tools = uiText('en').tools;

const pdfPages = async (page: Page, format: 'Letter' | 'A4') => {
  const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
};

test('what-is-iop prints on at most 4 Letter pages', async ({ page }) => {
  await page.goto('guides/what-is-iop/', { waitUntil: 'networkidle' });
  expect(await pdfPages(page, 'Letter')).toBeLessThanOrEqual(4);
  expect(await pdfPages(page, 'A4')).toBeLessThanOrEqual(4);
});

test('the Spanish handout prints on one page, Letter and A4, with its crisis lines and the box for the referrer', async ({ page }) => {
  await page.goto('es/para-referentes/hoja/', { waitUntil: 'networkidle' });
  const handout = page.locator('.handout');
  await page.emulateMedia({ media: 'print' });
  for (const part of ['FindTreatment.gov', 'marque 2', 'AYUDA', '911', '42 CFR Parte 2']) {
    await expect(handout.getByText(part, { exact: false }).first(), part).toBeVisible();
  }
  await expect(handout.locator('.handout-from')).toBeVisible();
  await expect(handout.locator('svg.qr-code')).toBeVisible();
  for (const format of ['Letter', 'A4'] as const) expect(await pdfPages(page, format), `${format} pages`).toBe(1);
});

test('a printed guide shows no relative addresses, no related cards, footer links or buttons, and the crisis line', async ({ page }) => {
  await page.goto('guides/what-is-iop/');
  await page.emulateMedia({ media: 'print' });
  const main = page.getByRole('main');
  // What each visible link prints after itself: outside links may print their full address, site links nothing.
  const printed = await main.locator('a').evaluateAll((links) =>
    links
      .filter((a) => (a as HTMLElement).offsetParent !== null)
      .map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
  );
  expect(printed.length).toBeGreaterThan(10);
  for (const { href, after } of printed) {
    if (/^https?:/.test(href)) continue;
    expect(after, `printed after a link to ${href}`).toBe('none');
  }
  expect(printed.some((p) => /^https?:/.test(p.href) && p.after.includes(p.href)), 'outside links print their address').toBe(true);
  expect(await main.innerText()).not.toMatch(/\(\/[a-z]/);

  await expect(page.getByRole('heading', { name: 'Related guides' })).toBeHidden();
  // (Hidden links leave the accessibility tree, so they are found by tag here.)
  const footerLinks = page.locator('footer a');
  expect(await footerLinks.count()).toBeGreaterThan(0);
  for (const link of await footerLinks.all()) await expect(link).toBeHidden();
  for (const button of await page.locator('button, .button').all()) await expect(button).toBeHidden();
  await expect(page.getByText('In a crisis, call or text 988 — in danger, call 911.')).toBeVisible();
  // On screen that line is not repeated: the header's help link does that job.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('In a crisis, call or text 988 — in danger, call 911.')).toBeHidden();
});

test('the estimator in a guide prints as one line with its default result, or the reader’s own', async ({ page }) => {
  await page.goto('guides/what-to-expect/', { waitUntil: 'networkidle' });
  const embed = page.locator('.tool-embed').filter({ has: page.locator('.tool-print-summary') });
  const summary = embed.locator('.tool-print-summary');
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  expect(await embed.locator('input').count()).toBeGreaterThan(0);
  for (const input of await embed.locator('input').all()) await expect(input).toBeHidden();
  const defaults = estimate(defaultSchedule, tools.hours);
  await expect(summary).toContainText(defaults.lines[0]!.value);
  await expect(summary).toContainText(defaults.sentence);
  // One line of text (it may wrap on a narrow page, but it is one short paragraph, not a form).
  expect((await summary.innerText()).split('\n').length).toBe(1);

  // The reader changes the week; the printed line follows.
  await page.emulateMedia({ media: 'screen' });
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  const days = embed.getByLabel(tools.hours.fields.daysPerWeek.label, { exact: true });
  const hours = embed.getByLabel(tools.hours.fields.hoursPerSession.label, { exact: true });
  await days.fill('5');
  await hours.fill('4');
  const mine = estimate({ ...defaultSchedule, daysPerWeek: 5, hoursPerSession: 4 }, tools.hours);
  await expect(embed.locator('.hours-band')).toHaveText(mine.sentence);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toContainText(mine.lines[0]!.value);
  await expect(summary).toContainText(mine.sentence);
});

test('without JavaScript the estimator still prints its default line, not "needs JavaScript"', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('guides/what-to-expect/');
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.tool-print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(estimate(defaultSchedule, tools.hours).sentence);
  const noJsNotes = page.getByRole('main').getByText(/needs JavaScript/i);
  for (const note of await noJsNotes.all()) await expect(note).toBeHidden();
  await context.close();
});

test('the comparison in a guide prints as one line with its default choice, or the reader’s own', async ({ page }) => {
  await page.goto('guides/levels-of-care/', { waitUntil: 'networkidle' });
  const embed = page.locator('.tool-embed').filter({ has: page.locator('.compare-levels') });
  const summary = embed.locator('.tool-print-summary');
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(comparisonSummary(defaultLevels, tools.compare));
  for (const box of await embed.getByRole('checkbox').all()) await expect(box).toBeHidden();
  await expect(embed.locator('.compare-table')).toBeHidden();
  expect((await summary.innerText()).split('\n').length).toBe(1);

  // The reader adds a level; the printed line follows.
  await page.emulateMedia({ media: 'screen' });
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await embed.getByRole('checkbox', { name: new RegExp(careLevels.residential.name) }).check();
  const chosen = [...defaultLevels, 'residential' as const];
  await expect(embed.locator('.compare-table caption')).toHaveText(comparisonSummary(chosen, tools.compare));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toContainText(comparisonSummary(chosen, tools.compare));
});
