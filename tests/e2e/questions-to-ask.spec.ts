// A family calls programs with the questions checklist: ticks and notes for each program, kept in this
// browser only, copied or printed to compare; and the plain list still works with JavaScript off.
import { expect, test, type Page } from '@playwright/test';
import { programQuestions, questionGroups, questionGroupsFor } from '../../src/data/program-questions.ts';
import { checklistEn } from '../../src/i18n/en/checklist.ts';
import { checklistEs } from '../../src/i18n/es/checklist.ts';
import { storageKey } from '../../src/lib/checklist.ts';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';

const path = 'tools/questions-to-ask/';
const first = programQuestions[0]!;
const second = programQuestions[1]!;

async function openChecklist(page: Page) {
  await page.goto(path);
  await page.locator('astro-island:not([ssr])').first().waitFor();
  // The controls appear once the island has read what this browser saved.
  await expect(page.getByRole('button', { name: 'Copy as text' }).first()).toBeVisible();
}

const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), storageKey);

test('ticks and notes are still there after a reload', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` }).check();
  await page.getByRole('textbox', { name: `Notes Program 1: ${second.text}` }).fill('Groups of about 8');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Copy as text' }).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` })).toBeChecked();
  await expect(page.getByRole('textbox', { name: `Notes Program 1: ${second.text}` })).toHaveValue('Groups of about 8');
  await expect(page.getByRole('checkbox', { name: `Asked Program 1: ${second.text}` })).not.toBeChecked();
});

test('programs can be named, and the names label every question', async ({ page }) => {
  await openChecklist(page);
  await page.getByLabel('Name of program 1').fill('Sunrise Center');
  await page.getByRole('button', { name: 'Add a program' }).click();
  await expect(page.getByLabel('Name of program 2')).toBeFocused();
  await page.keyboard.type('Hillside Clinic');
  await page.getByRole('textbox', { name: `Notes Hillside Clinic: ${first.text}` }).fill('Licensed');
  const firstQuestion = page.getByRole('listitem').filter({ hasText: first.text });
  await expect(firstQuestion.locator('.qc-cell-name')).toHaveText(['Sunrise Center', 'Hillside Clinic']);
  await page.reload();
  await expect(page.getByLabel('Name of program 2')).toHaveValue('Hillside Clinic');
  // One program is filled in at a time: after a reload the list opens on the first.
  await page.getByRole('group', { name: /Fill in the questions for/ }).getByRole('button', { name: 'Hillside Clinic' }).click();
  await expect(page.getByRole('textbox', { name: `Notes Hillside Clinic: ${first.text}` })).toHaveValue('Licensed');
});

test('"Clear everything" asks first, then empties the list and this browser\'s storage', async ({ page }) => {
  await openChecklist(page);
  await page.getByLabel('Name of program 1').fill('Sunrise Center');
  await page.getByRole('checkbox', { name: `Asked Sunrise Center: ${first.text}` }).check();
  expect(await stored(page)).toContain('Sunrise Center');

  await page.getByRole('button', { name: 'Clear everything' }).first().click();
  await expect(page.locator('p', { hasText: 'cannot be undone' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name of program 1')).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` })).not.toBeChecked();
  await expect(page.getByText('Everything is cleared.')).toBeVisible();
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(page.getByLabel('Name of program 1')).toHaveValue('');
});

test('"Copy as text" puts the grouped list on the clipboard and says "Copied"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page);
  await page.getByLabel('Name of program 1').fill('Sunrise Center');
  await page.getByRole('textbox', { name: `Notes Sunrise Center: ${first.text}` }).fill('Yes, state license');
  await page.getByRole('button', { name: 'Copy as text' }).first().click();
  await expect(page.locator('.qc-status[aria-live]')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  for (const group of questionGroups) expect(text).toContain(group.title);
  expect(text).toContain(`1. ${first.text}\n   - Sunrise Center (not asked yet): Yes, state license`);
});

test('printing shows the questions and notes, with no buttons or text boxes', async ({ page }) => {
  await openChecklist(page);
  await page.getByRole('textbox', { name: `Notes Program 1: ${first.text}` }).fill('Call back Monday');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Copy as text', 'Print', 'Clear everything', 'Add a program']) {
    await expect(page.getByRole('button', { name }).first()).toBeHidden();
  }
  await expect(page.getByLabel('Name of program 1')).toBeHidden();
  await expect(page.getByRole('textbox', { name: `Notes Program 1: ${first.text}` })).toBeHidden();
  await expect(page.locator('.qc-print-note').first()).toHaveText('Call back Monday');
  await expect(page.locator('.qc-print-note').nth(1)).toBeVisible();
  await expect(page.getByText(first.text, { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' }).first()).toBeVisible();
});

test('the "Print" button opens the print dialog', async ({ page }) => {
  await openChecklist(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print' }).first().click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('saving sends nothing anywhere: no request leaves the page', async ({ page }) => {
  await openChecklist(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Name of program 1').fill('Sunrise Center');
  await page.getByRole('checkbox', { name: `Asked Sunrise Center: ${first.text}` }).check();
  await page.getByRole('textbox', { name: `Notes Sunrise Center: ${second.text}` }).fill('Private note');
  await expect.poll(() => stored(page)).toContain('Private note');
  expect(requests).toEqual([]);
});

test('with JavaScript off, the full list is there to read and print', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  for (const group of questionGroups) {
    await expect(page.getByRole('heading', { level: 2, name: group.title })).toBeVisible();
  }
  for (const question of programQuestions) await expect(page.getByText(question.text, { exact: true })).toBeVisible();
  await expect(page.getByText(/saved only in this browser/)).toBeVisible();
  await expect(page.getByText(/print this list and write on it/)).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Getting started with an IOP' })).toBeVisible();
  await context.close();
});

test('has no axe violations with three programs and a confirm step open (light and dark, 320 and 1280 px)', async ({ page }) => {
  // Four scans in one visit: the scheme and width change in place, the programs stay.
  test.setTimeout(4 * 60_000);
  await page.setViewportSize({ width: 320, height: 900 });
  await openChecklist(page);
  await page.getByLabel('Name of program 1').fill('A program with a long name that wraps on a phone');
  await page.getByRole('button', { name: 'Add a program' }).click();
  await page.getByRole('button', { name: 'Add a program' }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^Asked Program 3: `) }).first().check();
  await page.getByRole('button', { name: 'Clear everything' }).first().click();
  await expect(page.getByText(/cannot be undone/)).toBeVisible();
  expectCleanInEveryLook(await axeInEveryLook(page, 900));
});

test.describe('in Spanish, at /es/herramientas/preguntas-para-hacer/', () => {
  const pathEs = 'es/herramientas/preguntas-para-hacer/';
  const groupsEs = questionGroupsFor('es');
  const [firstEs, secondEs] = groupsEs.flatMap((g) => g.questions);
  const { page: pageText, island } = checklistEs;
  /** Words of the English checklist that must not show on the Spanish page (whole words: "Program" is in "Programa"). */
  const englishWords = [
    ...Object.values(checklistEn.island).flatMap((w) => w.split(/\{\w+\}/)),
    ...Object.values(checklistEn.page),
    ...programQuestions.map((q) => q.text),
    ...questionGroups.map((g) => g.title),
  ]
    .map((w) => w.trim())
    .filter((w) => w.length > 3);
  const expectNoEnglish = (text: string) => {
    for (const words of englishWords) {
      expect(text, words).not.toMatch(new RegExp(`(?<!\\p{L})${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'));
    }
  };

  async function openSpanish(page: Page) {
    await page.goto(pathEs);
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await expect(page.getByRole('button', { name: island.copy }).first()).toBeVisible();
  }

  test('Spanish title, labels, ticks and notes, kept after a reload and shared with the English page', async ({ page }) => {
    await openSpanish(page);
    await expect(page).toHaveTitle(new RegExp(`^${pageText.title}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageText.title);
    await page.getByLabel('Nombre del programa 1').fill('Centro Amanecer');
    await page.getByRole('checkbox', { name: `Preguntado Centro Amanecer: ${firstEs!.text}` }).check();
    await page.getByRole('textbox', { name: `Notas Centro Amanecer: ${secondEs!.text}` }).fill('Grupos de unas 8 personas');
    await expect(page.locator('.qc-progress').first()).toHaveText(`Centro Amanecer: 1 de ${programQuestions.length} preguntadas`);
    await page.reload();
    await expect(page.getByRole('button', { name: island.copy }).first()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: `Preguntado Centro Amanecer: ${firstEs!.text}` })).toBeChecked();
    await expect(page.getByRole('textbox', { name: `Notas Centro Amanecer: ${secondEs!.text}` })).toHaveValue('Grupos de unas 8 personas');
    expectNoEnglish(await page.locator('main').innerText());
    // The same answers, under the same question ids, on the English page.
    await openChecklist(page);
    await expect(page.getByRole('checkbox', { name: `Asked Centro Amanecer: ${first.text}` })).toBeChecked();
    await expect(page.getByRole('textbox', { name: `Notes Centro Amanecer: ${second.text}` })).toHaveValue('Grupos de unas 8 personas');
  });

  test('printing shows the Spanish questions, program names, ticks and notes, with no English and no buttons', async ({ page }) => {
    await openSpanish(page);
    await page.getByRole('button', { name: 'Agregar un programa' }).click();
    await page.getByRole('group', { name: 'Llenar las preguntas de:' }).getByRole('button', { name: 'Programa 1' }).click();
    await page.getByRole('textbox', { name: `Notas Programa 1: ${firstEs!.text}` }).fill('Llamar el lunes');
    await page.emulateMedia({ media: 'print' });
    for (const name of [island.copy, island.print, island.clear, island.add]) await expect(page.getByRole('button', { name }).first()).toBeHidden();
    const firstQuestion = page.locator('.qc-question').first();
    await expect(firstQuestion.locator('.qc-cell-name')).toHaveText(['Programa 1', 'Programa 2']);
    await expect(firstQuestion.locator('.qc-check label').first()).toHaveText(`${island.asked} Programa 1: ${firstEs!.text}`);
    await expect(firstQuestion.locator('.qc-print-note').first()).toHaveText('Llamar el lunes');
    await expect(page.getByText(firstEs!.text, { exact: true })).toBeVisible();
    expectNoEnglish(await page.locator('main').innerText());
  });

  test('with JavaScript off, the Spanish list is there to read and print', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathEs);
    for (const group of groupsEs) await expect(page.getByRole('heading', { level: 2, name: group.title })).toBeVisible();
    for (const question of groupsEs.flatMap((g) => g.questions)) await expect(page.getByText(question.text, { exact: true })).toBeVisible();
    // As a pattern: Playwright's plain-string text match does not reach inside <noscript> here.
    const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await expect(page.getByText(literally(pageText.noScript))).toBeVisible();
    await expect(page.getByText(literally(pageText.intro))).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('link', { name: pageText.guideLink })).toHaveAttribute('href', /\/es\/guias\/como-empezar\/$/);
    expectNoEnglish(await page.locator('main').innerText());
    await context.close();
  });
});
