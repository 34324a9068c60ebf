// A reader compares two or three levels of care: picks them, sees them side by side (a table on a wide
// screen, cards on a phone), shares the link, and gets the same comparison in a guide or without JS.
import { expect, test, type Page } from '@playwright/test';
import { careLevelOrder, careLevels, type CareLevelId } from '../../src/data/care-levels.ts';
import { comparisonSummary, defaultLevels, levelHours, maxLevels, minLevels, type CompareText } from '../../src/lib/compare.ts';
import { fill } from '../../src/lib/fill.ts';
import { uiText } from '../../src/i18n/index.ts';
import { levelHoursText } from '../../src/lib/facts.ts';
import { axeInBothSchemes } from './support/axe.ts';
import { watchPage } from './support/watch-page.ts';

const en = uiText('en').tools.compare;
const es = uiText('es').tools.compare;
/** The English words as a reader sees them, limits filled in. */
const compareText = {
  ...en,
  tooFew: fill(en.tooFew, { min: minLevels }),
  tooMany: fill(en.tooMany, { max: maxLevels }),
  noScript: uiText('en').tools.comparePage.noScript,
};
const toolPage = 'tools/compare-levels/';
const guidePage = 'guides/levels-of-care/';
const header = (id: CareLevelId) => `${careLevels[id].shortName} (ASAM ${careLevels[id].asamLevel})`;

function tool(page: Page, text: CompareText = en) {
  const root = page.locator('.compare-levels');
  const summaryStart = new RegExp(`^${text.summary.slice(0, text.summary.indexOf('{'))}`);
  return {
    root,
    box: (id: CareLevelId) => root.getByRole('checkbox', { name: text.levels[id].name }),
    table: root.getByRole('table'),
    columnHeaders: root.getByRole('table').getByRole('columnheader'),
    cards: root.locator('.compare-cards > li'),
    status: root.getByRole('status').filter({ hasText: summaryStart }),
    error: root.locator('.compare-error'),
  };
}

/** Scroll the tool into view (it hydrates when visible) and wait until it is interactive. */
async function openTool(page: Page, path: string, text: CompareText = en) {
  await page.goto(path);
  await page.locator('.compare-levels').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  return tool(page, text);
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('pick levels and see them side by side', async ({ page }) => {
    const problems = await watchPage(page);
    const t = await openTool(page, toolPage);
    await expect(t.columnHeaders).toHaveText(defaultLevels.map(header));
    const historyLength = await page.evaluate(() => history.length);

    await t.box('residential').check();
    const chosen: CareLevelId[] = ['iop', 'php', 'residential'];
    await expect(t.columnHeaders).toHaveText(chosen.map(header));
    await expect(t.status).toHaveText(comparisonSummary(chosen, en));
    const teenRow = t.table.getByRole('row', { name: /Hours a week \(teens\)/ });
    await expect(teenRow.getByRole('cell')).toHaveText(chosen.map((id) => levelHoursText(id, 'teen')));
    const workRow = t.table.getByRole('row', { name: /Keep working or studying/ });
    await expect(workRow.getByRole('cell')).toHaveText(chosen.map((id) => careLevels[id].workOrSchool));
    await expect(page.getByText(compareText.assessment)).toBeVisible();
    // The address follows the choice without adding history entries.
    await expect(page).toHaveURL(/\?levels=iop,php,residential$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  test('a shared link opens on the same comparison, and the copied link does too', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = await openTool(page, `${toolPage}?levels=Residential,%20OUTPATIENT`);
    await expect(t.columnHeaders).toHaveText([header('outpatient'), header('residential')]);
    await expect(t.box('outpatient')).toBeChecked();
    await expect(t.box('iop')).not.toBeChecked();
    await expect(page).toHaveURL(/\?levels=outpatient,residential$/);

    await t.box('inpatient').check();
    await t.root.getByRole('button', { name: compareText.copyLink }).click();
    await expect(t.root.getByRole('status').filter({ hasText: compareText.linkCopied })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/tools\/compare-levels\/\?levels=outpatient,residential,inpatient$/);

    const other = await context.newPage();
    const t2 = await openTool(other, copied);
    await expect(t2.columnHeaders).toHaveText(['outpatient', 'residential', 'inpatient'].map((id) => header(id as CareLevelId)));

    await page.reload();
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await expect(t.columnHeaders).toHaveText(['outpatient', 'residential', 'inpatient'].map((id) => header(id as CareLevelId)));
  });

  test('a bad link still shows a comparison and says what was left out', async ({ page }) => {
    const t = await openTool(page, `${toolPage}?levels=iop,iop,detox`);
    await expect(t.root.getByText(compareText.notesTitle)).toBeVisible();
    await expect(t.root.getByText(/“detox” is not a level we know/)).toBeVisible();
    await expect(t.root.getByText(new RegExp(`so we added ${careLevels.php.shortName}`))).toBeVisible();
    await expect(t.columnHeaders).toHaveText([header('iop'), header('php')]);
    await expect(page.getByRole('main')).not.toContainText(/NaN|undefined|Infinity/);
  });

  test('cannot drop below two or go above three levels, and is told why', async ({ page }) => {
    const t = await openTool(page, toolPage);
    const group = t.root.getByRole('group', { name: compareText.legend });

    await t.box('iop').click();
    await expect(t.box('iop')).toBeChecked();
    await expect(t.error).toHaveText(`Error: ${compareText.tooFew}`);
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    await expect(t.columnHeaders).toHaveCount(2);

    await t.box('outpatient').check();
    await expect(t.error).toBeEmpty();
    await expect(group).not.toHaveAttribute('aria-invalid');

    // Keyboard only: Tab to the last box, Space to tick it.
    await t.box('inpatient').focus();
    await page.keyboard.press('Space');
    await expect(t.box('inpatient')).not.toBeChecked();
    await expect(t.error).toHaveText(`Error: ${compareText.tooMany}`);
    await expect(t.columnHeaders).toHaveCount(3);
  });

  test('a refused click leaves the box as it was, even when the same refusal comes twice in a row', async ({ page }) => {
    // React restores a controlled checkbox after a change it refuses; a second identical refusal changes
    // no state at all, so nothing re-renders: the box must still not stay ticked.
    const t = await openTool(page, `${toolPage}?levels=iop,php,residential`);
    await expect(t.columnHeaders).toHaveCount(3);
    for (const attempt of [1, 2]) {
      await t.box('inpatient').click();
      await expect(t.box('inpatient'), `click ${attempt}`).not.toBeChecked();
      await expect(t.error).toHaveText(`Error: ${compareText.tooMany}`);
    }
    for (const attempt of [1, 2]) {
      await t.box('outpatient').click();
      await expect(t.box('outpatient'), `click ${attempt} on a box left alone`).not.toBeChecked();
    }
    await expect(t.columnHeaders).toHaveText((['iop', 'php', 'residential'] as const).map(header));
  });

  test('shows a table, not cards, at 1280 px', async ({ page }) => {
    const t = await openTool(page, toolPage);
    await expect(t.table).toBeVisible();
    await expect(t.cards.first()).toBeHidden();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('shows one card per level, stacked, instead of the table', async ({ page }) => {
    const t = await openTool(page, `${toolPage}?levels=outpatient,iop,php`);
    await expect(t.table).toBeHidden();
    await expect(t.cards).toHaveCount(3);
    const chosen: CareLevelId[] = ['outpatient', 'iop', 'php'];
    for (const [i, id] of chosen.entries()) {
      const card = t.cards.nth(i);
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(`${careLevels[id].name} (ASAM ${careLevels[id].asamLevel})`);
      await expect(card).toContainText(levelHoursText(id, 'adult'));
      await expect(card).toContainText(careLevels[id].stepping);
    }
    // Stacked: each card starts below the one before it.
    const boxes = await t.cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('embedded in the levels-of-care guide: works there, leaves the address alone, shares the tool page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 900 });
  const t = await openTool(page, guidePage);
  await expect(t.columnHeaders).toHaveText(defaultLevels.map(header));
  await t.box('outpatient').check();
  await expect(t.columnHeaders).toHaveText(['outpatient', ...defaultLevels].map((id) => header(id as CareLevelId)));
  await expect(page).toHaveURL(new RegExp(`${guidePage}$`));
  await t.root.getByRole('button', { name: compareText.copyLink }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/tools\/compare-levels\/\?levels=outpatient,iop,php$/);
});

test('without JavaScript the tool page shows every level in one table, and no dead checkboxes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(toolPage);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(compareText.noScript)).toBeVisible();
  const table = page.getByRole('table', { name: 'How the levels of care compare' });
  await expect(table).toBeVisible();
  for (const id of careLevelOrder) await expect(table.getByRole('columnheader', { name: careLevels[id].shortName })).toBeVisible();
  await expect(page.getByText(/a clinical assessment decides/i).first()).toBeVisible();
  // The island's HTML is in the page but hidden: no checkbox a reader could click to no effect.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Levels of care: from weekly therapy/ })).toBeVisible();

  await page.goto(guidePage);
  await expect(page.getByText(/Picking levels here needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'How the levels of care compare' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

test('no axe violations with a message and three levels showing (light and dark, 375 and 1280 px)', async ({ page }) => {
  // Four scans, two visits: the colour scheme changes in place.
  test.setTimeout(4 * 60_000);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const t = await openTool(page, `${toolPage}?levels=iop,php,junk`);
    await expect(t.root.getByText(compareText.notesTitle)).toBeVisible();
    await t.box('inpatient').check();
    await t.box('outpatient').click();
    await expect(t.error).toContainText(compareText.tooMany);
    for (const { scheme, violations } of await axeInBothSchemes(page)) expect.soft(violations, `${scheme}, ${width}px`).toEqual([]);
  }
});

test.describe('in Spanish', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  const spanishPage = 'es/herramientas/comparar-niveles/';
  const esHeader = (id: CareLevelId) => `${es.levels[id].shortName} (ASAM ${careLevels[id].asamLevel})`;

  test('the Spanish comparison shows Spanish level names and rows, and keeps ?levels=', async ({ page }) => {
    const problems = await watchPage(page);
    const t = await openTool(page, spanishPage, es);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('es').tools.comparePage.title);
    for (const id of careLevelOrder) await expect(t.box(id)).toBeVisible();
    await expect(t.box('iop')).toHaveAccessibleName('Programa ambulatorio intensivo (IOP)');
    await expect(t.columnHeaders).toHaveText(defaultLevels.map(esHeader));

    await t.box('residential').check();
    const chosen: CareLevelId[] = ['iop', 'php', 'residential'];
    await expect(t.columnHeaders).toHaveText(chosen.map(esHeader));
    await expect(t.status).toHaveText(comparisonSummary(chosen, es));
    const whereRow = t.table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: es.rows.where }) });
    await expect(whereRow.getByRole('cell')).toHaveText(chosen.map((id) => es.levels[id].whereYouLive));
    const adultRow = t.table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: es.rows['hours-adult'] }) });
    await expect(adultRow.getByRole('cell')).toHaveText(chosen.map((id) => levelHours(id, 'adult', es)));
    await expect(page).toHaveURL(/\?levels=iop,php,residential$/);
    await expect(t.root).not.toContainText(/Where you live|Comparing|Keep working/);

    await t.box('inpatient').click();
    await expect(t.error).toHaveText(`Error: ${fill(es.tooMany, { max: maxLevels })}`);
    expect(problems.consoleErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  });

  test('an English comparison link opens the same levels on the Spanish page', async ({ page }) => {
    const t = await openTool(page, `${spanishPage}?levels=outpatient,inpatient`, es);
    await expect(t.columnHeaders).toHaveText(['outpatient', 'inpatient'].map((id) => esHeader(id as CareLevelId)));
    await expect(t.box('outpatient')).toBeChecked();
    await expect(t.status).toHaveText(comparisonSummary(['outpatient', 'inpatient'], es));
  });
});
