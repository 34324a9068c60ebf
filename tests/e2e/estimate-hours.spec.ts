// A reader works out what a program's schedule means for their week, on the tool page or inside the
// what-to-expect guide, and shares the estimate as a link.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { schedulePresets } from '../../src/data/care-levels.ts';
import { defaultSchedule, estimate, fieldWords, scheduleToUrl, type HoursText, type NumberField, type Schedule } from '../../src/lib/hours.ts';
import { uiText } from '../../src/i18n/index.ts';
import { axeInBothSchemes } from './support/axe.ts';
import { watchPage } from './support/watch-page.ts';

const en = uiText('en').tools.hours;
const es = uiText('es').tools.hours;
const words = (field: NumberField) => fieldWords(field, en);
const toolPage = 'tools/hours-estimator/';
const guidePage = 'guides/what-to-expect/';
const labels = {
  days: words('daysPerWeek').label,
  hours: words('hoursPerSession').label,
  weeks: words('weeks').label,
  travel: words('travelMinutes').label,
};

/** The estimator's own region on the page: the tool page has one, the guide wraps it in an aside. */
function estimator(page: Page): Locator {
  return page.locator('.hours-estimator');
}

async function openTool(page: Page, query = '') {
  await page.goto(`${toolPage}${query}`);
  const tool = estimator(page);
  await tool.scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  // Fields are read-only in the server HTML and become editable once the island has hydrated.
  await expect(tool.getByLabel(labels.days)).toBeEditable();
  return tool;
}

async function expectEstimate(tool: Locator, schedule: Schedule, text: HoursText = en) {
  const result = estimate(schedule, text);
  const results = tool.locator('[aria-live="polite"]');
  for (const line of result.lines) await expect(results).toContainText(`${line.label}${line.value}`);
  await expect(results).toContainText(result.sentence);
  await expect(results).not.toContainText(text.staleLead);
  await expect(tool.locator('.hours-week-list li')).toHaveText(result.week.map((d) => d.text));
}

test('a reader enters a schedule and sees their week, the total and where it falls', async ({ page }) => {
  const problems = await watchPage(page);
  const tool = await openTool(page);
  await expectEstimate(tool, defaultSchedule);

  await tool.getByLabel(labels.days).fill('4');
  await tool.getByLabel(labels.hours).fill('2.5');
  await tool.getByLabel(labels.weeks).fill('10');
  await tool.getByLabel(labels.travel).fill('20');
  await tool.getByRole('radio', { name: /Teen/ }).check();
  const schedule: Schedule = { daysPerWeek: 4, hoursPerSession: 2.5, weeks: 10, ageGroup: 'teen', travelMinutes: 20 };
  await expectEstimate(tool, schedule);
  await expect(tool).toContainText('This is an estimate. Programs set their own schedules');
  // The address follows the form, so the page can be bookmarked or shared as it is.
  await expect(page).toHaveURL(new RegExp(`\\?${scheduleToUrl(schedule).replace(/\./g, '\\.')}$`));
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('the number boxes stay free of spelling marks and saved entries once React has hydrated them', async ({ page }) => {
  const tool = await openTool(page);
  const boxes = tool.getByRole('textbox');
  await expect(boxes).toHaveCount(4);
  for (const box of await boxes.all()) {
    // The attribute React writes for spellCheck={false}, and what the browser makes of it.
    await expect(box).toHaveAttribute('spellcheck', 'false');
    expect(await box.evaluate((el: HTMLInputElement) => el.spellcheck)).toBe(false);
    await expect(box).toHaveAttribute('autocomplete', 'off');
  }
  await tool.getByLabel(labels.days).fill('4');
  await expect(tool.getByLabel(labels.days)).toHaveAttribute('spellcheck', 'false');
});

test('bad entries show what is allowed, keep the last estimate marked, and never show NaN', async ({ page }) => {
  const tool = await openTool(page);
  await tool.getByLabel(labels.days).fill('5');
  const lastGood = estimate({ ...defaultSchedule, daysPerWeek: 5 }, en);

  const days = tool.getByLabel(labels.days);
  await days.fill('abc');
  await expect(tool.getByText(words('daysPerWeek').error)).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(new RegExp(words('daysPerWeek').error.replace(/\./g, '\\.')));
  const hours = tool.getByLabel(labels.hours);
  await hours.fill('');
  await expect(tool.getByText(words('hoursPerSession').error)).toBeVisible();
  await tool.getByLabel(labels.travel).fill('1e9');
  await expect(tool.getByText(words('travelMinutes').error)).toBeVisible();

  const results = tool.locator('[aria-live="polite"]');
  await expect(results).toContainText('This is from your last valid entry.');
  await expect(results).toContainText(lastGood.sentence);
  await expect(page).toHaveURL(new RegExp(`days=5&`));
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);

  await days.fill('5');
  await hours.fill(String(defaultSchedule.hoursPerSession));
  await tool.getByLabel(labels.travel).fill(String(defaultSchedule.travelMinutes));
  await expect(days).not.toHaveAttribute('aria-invalid');
  await expectEstimate(tool, { ...defaultSchedule, daysPerWeek: 5 });
});

test('a shared link opens on the same estimate, and a broken one says what it ignored', async ({ page, browser }) => {
  const schedule: Schedule = { daysPerWeek: 5, hoursPerSession: 4, weeks: 12, ageGroup: 'adult', travelMinutes: 0 };
  const tool = await openTool(page, `?${scheduleToUrl(schedule)}`);
  await expect(tool.getByLabel(labels.days)).toHaveValue('5');
  await expect(tool.getByLabel(labels.hours)).toHaveValue('4');
  await expect(tool.getByLabel(labels.weeks)).toHaveValue('12');
  await expect(tool.getByLabel(labels.travel)).toHaveValue('0');
  await expect(tool.getByRole('radio', { name: 'Adult' })).toBeChecked();
  await expectEstimate(tool, schedule);

  // Change it, then open the address in a fresh browser, as someone receiving the link would.
  await tool.getByLabel(labels.hours).fill('3.5');
  await tool.getByRole('radio', { name: /Teen/ }).check();
  const changed: Schedule = { ...schedule, hoursPerSession: 3.5, ageGroup: 'teen' };
  await expectEstimate(tool, changed);
  const context = await browser.newContext();
  const other = await context.newPage();
  const otherTool = await openTool(other, new URL(page.url()).search);
  await expectEstimate(otherTool, changed);
  await context.close();

  const broken = await openTool(page, '?days=9&hours=2.5&weeks=abc&age=%3Cscript%3E&travel=30');
  await expect(broken.getByRole('status').filter({ hasText: 'could not be used' })).toContainText('We ignored “9” for days per week');
  await expect(broken).toContainText('We ignored “abc” for weeks in program');
  await expect(broken).toContainText('We ignored “<script>” for age group');
  await expectEstimate(broken, { ...defaultSchedule, hoursPerSession: 2.5 });
});

test('"Copy link to this estimate" copies a link that opens the same estimate', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tool = await openTool(page);
  await tool.getByLabel(labels.weeks).fill('6');
  await tool.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(tool.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const schedule: Schedule = { ...defaultSchedule, weeks: 6 };
  expect(new URL(link).pathname).toMatch(/\/tools\/hours-estimator\/$/);
  expect(new URL(link).search).toBe(`?${scheduleToUrl(schedule)}`);

  const other = await context.newPage();
  await other.goto(link);
  const otherTool = estimator(other);
  await expect(otherTool.getByLabel(labels.weeks)).toHaveValue('6');
  await expectEstimate(otherTool, schedule);
});

test('when the clipboard refuses, the link is shown selected so the reader can copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('Blocked')) },
    });
  });
  const tool = await openTool(page);
  await tool.getByRole('button', { name: 'Copy link to this estimate' }).click();
  const box = tool.getByLabel('Link to this estimate');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(new RegExp(`/tools/hours-estimator/\\?${scheduleToUrl(defaultSchedule)}$`));
  await expect(tool.getByRole('status').filter({ hasText: 'Copying did not work here' })).toBeVisible();
  expect(await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, (await box.inputValue()).length]);
});

test('a preset fills in a common schedule', async ({ page }) => {
  const tool = await openTool(page);
  // A preset without an age group keeps the one already chosen.
  let ageGroup = defaultSchedule.ageGroup;
  for (const preset of schedulePresets) {
    await tool.getByRole('button', { name: preset.label }).click();
    await expect(tool.getByLabel(labels.days)).toHaveValue(String(preset.daysPerWeek));
    await expect(tool.getByLabel(labels.hours)).toHaveValue(String(preset.hoursPerSession));
    ageGroup = preset.ageGroup ?? ageGroup;
    await expectEstimate(tool, { ...defaultSchedule, daysPerWeek: preset.daysPerWeek, hoursPerSession: preset.hoursPerSession, ageGroup });
  }
});

test('the estimator inside the what-to-expect guide works and leaves the guide address alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(guidePage);
  const embed = page.getByRole('complementary', { name: 'Estimate your own week' });
  await embed.scrollIntoViewIfNeeded();
  const tool = embed.locator('.hours-estimator');
  await expect(tool.getByLabel(labels.days)).toBeEditable();
  await expectEstimate(tool, defaultSchedule);

  await tool.getByLabel(labels.days).fill('2');
  await tool.getByLabel(labels.hours).fill('2');
  const schedule: Schedule = { ...defaultSchedule, daysPerWeek: 2, hoursPerSession: 2 };
  await expectEstimate(tool, schedule);
  expect(new URL(page.url()).search).toBe('');

  await tool.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(tool.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.pathname).toMatch(/\/tools\/hours-estimator\/$/);
  expect(link.search).toBe(`?${scheduleToUrl(schedule)}`);
  // Its headings sit under the guide's own heading for the tool.
  await expect(embed.getByRole('heading', { level: 4, name: 'Your estimate' })).toBeVisible();
});

test('without JavaScript the page still explains the ranges and shows an example week', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(toolPage);
  const main = page.getByRole('main');
  await expect(main).toContainText(en.notReady);
  await expect(main.getByRole('heading', { name: 'The usual hours a week' })).toBeVisible();
  await expect(main).toContainText(estimate(defaultSchedule, en).sentence);
  await expect(main.getByLabel(labels.days)).toHaveAttribute('readonly', '');
  await expect(main.getByRole('button', { name: 'Copy link to this estimate' })).toBeDisabled();
  for (const day of estimate(defaultSchedule, en).week) await expect(main).toContainText(day.text);

  await page.goto(guidePage);
  const embed = page.getByRole('complementary', { name: 'Estimate your own week' });
  await expect(embed).toContainText(en.notReady);
  await expect(embed).toContainText(estimate(defaultSchedule, en).sentence);
  await context.close();
});

test('axe finds nothing with errors, notes and the copy box showing (light and dark)', async ({ page }) => {
  // Four scans, two visits: the colour scheme changes in place.
  test.setTimeout(4 * 60_000);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('Blocked')) } });
  });
  const tool = await openTool(page, '?days=99');
  await expect(tool).toContainText('We ignored');
  await tool.getByLabel(labels.hours).fill('x');
  await expect(tool.getByText(words('hoursPerSession').error)).toBeVisible();
  await tool.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(tool.getByLabel('Link to this estimate')).toBeVisible();
  for (const { scheme, violations } of await axeInBothSchemes(page)) expect.soft(violations, `tool page, ${scheme}`).toEqual([]);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(guidePage);
  await page.getByRole('complementary', { name: 'Estimate your own week' }).scrollIntoViewIfNeeded();
  await expect(estimator(page).getByLabel(labels.days)).toBeEditable();
  await estimator(page).getByLabel(labels.weeks).fill('0');
  await expect(estimator(page).getByText(words('weeks').error)).toBeVisible();
  for (const { scheme, violations } of await axeInBothSchemes(page)) expect.soft(violations, `guide, ${scheme}`).toEqual([]);
});

test.describe('in Spanish', () => {
  const spanishPage = 'es/herramientas/calculadora-de-horas/';
  const esLabel = (field: NumberField) => fieldWords(field, es).label;

  async function openSpanish(page: Page, query = '') {
    await page.goto(`${spanishPage}${query}`);
    const tool = estimator(page);
    await tool.scrollIntoViewIfNeeded();
    await expect(tool.getByLabel(esLabel('daysPerWeek'))).toBeEditable();
    return tool;
  }

  test('the Spanish estimator works out the week in Spanish and keeps the same link keys', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = await watchPage(page);
    const tool = await openSpanish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('es').tools.hoursPage.title);
    await expectEstimate(tool, defaultSchedule, es);

    await tool.getByLabel(esLabel('daysPerWeek')).fill('4');
    await tool.getByLabel(esLabel('hoursPerSession')).fill('2.5');
    await tool.getByLabel(esLabel('weeks')).fill('10');
    await tool.getByLabel(esLabel('travelMinutes')).fill('20');
    await tool.getByRole('radio', { name: es.ageGroups.teen }).check();
    const schedule: Schedule = { daysPerWeek: 4, hoursPerSession: 2.5, weeks: 10, ageGroup: 'teen', travelMinutes: 20 };
    await expectEstimate(tool, schedule, es);
    await expect(tool.locator('.hours-figures')).toContainText('Tratamiento cada semana10 horas');
    await expect(tool.locator('.hours-week-list li').first()).toHaveText('Lunes: 2.5 horas de tratamiento, más 20 minutos de viaje');
    await expect(page).toHaveURL(new RegExp(`/${spanishPage}\\?${scheduleToUrl(schedule).replace(/\./g, '\\.')}$`));
    await expect(tool).not.toContainText(/Days per week|Your estimate|Monday|of treatment/);

    await tool.getByRole('button', { name: es.copyButton }).click();
    await expect(tool.getByRole('status').filter({ hasText: es.copied })).toBeVisible();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toMatch(/\/es\/herramientas\/calculadora-de-horas\/$/);
    expect(link.search).toBe(`?${scheduleToUrl(schedule)}`);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  test('an English link opens the same estimate on the Spanish page, and a broken one is explained in Spanish', async ({ page }) => {
    const schedule: Schedule = { daysPerWeek: 5, hoursPerSession: 4, weeks: 12, ageGroup: 'adult', travelMinutes: 0 };
    const english = await openTool(page, `?${scheduleToUrl(schedule)}`);
    await expectEstimate(english, schedule);
    const spanish = await openSpanish(page, new URL(page.url()).search);
    await expect(spanish.getByLabel(esLabel('hoursPerSession'))).toHaveValue('4');
    await expectEstimate(spanish, schedule, es);

    const broken = await openSpanish(page, '?days=9&age=child');
    await expect(broken.getByRole('status').filter({ hasText: es.linkNotesLead })).toContainText('En el enlace, “9” no sirve para días por semana');
    await expect(broken).toContainText('“child” no sirve para el grupo de edad');
  });

  test('without JavaScript the Spanish page explains the ranges in Spanish', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(spanishPage);
    const main = page.getByRole('main');
    await expect(main).toContainText(es.notReady);
    await expect(main.getByRole('heading', { name: uiText('es').tools.hoursPage.rangesHeading })).toBeVisible();
    await expect(main).toContainText(estimate(defaultSchedule, es).sentence);
    await context.close();
  });
});
