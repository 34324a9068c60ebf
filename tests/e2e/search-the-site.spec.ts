// A reader looks for an answer with the site search: typed into /search/, or sent as a ?q= link.
import { expect, test } from '@playwright/test';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';

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

test('a crisis question shows help lines above every result', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search words').fill('someone is thinking about suicide right now');
  const help = page.getByRole('complementary', { name: /get help now/i });
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(help.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(help.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(help.getByRole('link', { name: /all help lines/i })).toHaveAttribute('href', /\/help-now\/$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Help lines are shown first.');
  const first = page.locator('#search-results li').first();
  await expect(first).toBeVisible();
  const helpBox = await help.boundingBox();
  const firstBox = await first.boundingBox();
  expect(helpBox!.y + helpBox!.height).toBeLessThanOrEqual(firstBox!.y);
  // An ordinary question hides it again.
  await page.getByLabel('Search words').fill('insurance');
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “insurance”');
  await expect(help).toBeHidden();
});

test('a question no page has every word of still finds pages, and says so', async ({ page }) => {
  await page.goto('search/?q=how%20do%20I%20help%20my%20son%20without%20enabling%20him');
  await expect(page.getByText(/^(No page has|Only \d pages? ha(s|ve)) all of your words\./)).toBeVisible();
  const top = page.locator('#search-results > li h2 a').first();
  await expect(top).toHaveText(/loved one|enabling/i);
});

test('a misspelled word offers the site’s spelling as a link that reruns the search', async ({ page }) => {
  await page.goto('search/?q=insurence');
  const suggestion = page.getByRole('link', { name: 'insurance', exact: true });
  await expect(page.getByText(/Did you mean/)).toBeVisible();
  await suggestion.click();
  await expect(page.getByLabel('Search words')).toHaveValue('insurance');
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “insurance”');
  await expect(page).toHaveURL(/[?&]q=insurance$/);
});

test('results come five at a time, with a button for more', async ({ page }) => {
  await page.goto('search/?q=program');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(10);
  await expect(results.nth(5).getByRole('link')).toBeFocused();
});

test('the header search box on any page sends the words to /search/, with no script needed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('guides/teens/');
  await page.getByRole('search', { name: 'Site' }).getByLabel('Search this site').fill('can I keep working');
  await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=can\+I\+keep\+working$/);
  await context.close();
});

test('the header search box fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('guides/teens/');
  const form = page.getByRole('search', { name: 'Site' });
  await expect(form.getByLabel('Search this site')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Search' })).toBeVisible();
  const box = await form.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

// The same search in Spanish, on /es/buscar/: Spanish pages only, Spanish words, Spanish crisis help.

test('/es/buscar/ searches the Spanish pages, in Spanish, and reads ?q=', async ({ page }) => {
  await page.goto('es/buscar/?q=seguro%20medico');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar en el sitio');
  await expect(page.getByLabel('Palabras para buscar')).toHaveValue('seguro medico');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText(/\d+ resultados? para “seguro medico”/);
  // Every result is a Spanish page: the browser loaded the Spanish index, not the English one.
  const hrefs = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !/\/es\//.test(h))).toEqual([]);
  expect(hrefs.slice(0, 3).some((h) => /\/es\/(guias\/como-pagar-un-iop|preguntas\/el-seguro-cubre-el-iop)\/$/.test(h))).toBe(true);
  // An English word alone finds nothing English here, and says so in Spanish.
  await page.getByLabel('Palabras para buscar').fill('zzzqqqxxy');
  await expect(status).toHaveText('No hay resultados para “zzzqqqxxy”.');
});

test('a Spanish crisis question shows the Spanish help lines above every result', async ({ page }) => {
  await page.goto('es/buscar/');
  await page.getByLabel('Palabras para buscar').fill('quiero morir');
  const help = page.getByRole('complementary', { name: /pida ayuda ahora/i });
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Llame al 988, marque 2' })).toHaveAttribute('href', 'tel:988');
  await expect(help.getByRole('link', { name: 'Envíe AYUDA por texto al 988' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await expect(help.getByRole('link', { name: 'Llame al 911' })).toHaveAttribute('href', 'tel:911');
  await expect(help.getByRole('link', { name: /todas las líneas de ayuda/i })).toHaveAttribute('href', /\/es\/ayuda-ahora\/$/);
  await expect(help).not.toContainText(/\b(Call|Text|Lifeline|help)\b/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Primero se muestran las líneas de ayuda.');
  const first = page.locator('#search-results li').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', /\/es\/ayuda-ahora\/$/);
  const helpBox = await help.boundingBox();
  const firstBox = await first.boundingBox();
  expect(helpBox!.y + helpBox!.height).toBeLessThanOrEqual(firstBox!.y);
  // An ordinary question hides it again.
  await page.getByLabel('Palabras para buscar').fill('no estoy seguro si el seguro cubre el programa');
  await expect(page.getByRole('main').getByRole('status')).toContainText('para “no estoy seguro si el seguro cubre el programa”');
  await expect(help).toBeHidden();
});

test('a misspelled Spanish word offers “¿Quiso decir…?” with the site’s accents, as a link that reruns the search', async ({ page }) => {
  await page.goto('es/buscar/?q=adolesentes');
  await expect(page.getByText(/^¿Quiso decir adolescentes\?$/)).toBeVisible();
  await expect(page.getByText(/^Ninguna página usa “adolesentes”/)).toBeVisible();
  await page.getByRole('link', { name: 'adolescentes', exact: true }).click();
  await expect(page.getByLabel('Palabras para buscar')).toHaveValue('adolescentes');
  await expect(page).toHaveURL(/\/es\/buscar\/\?q=adolescentes$/);
  await expect(page.locator('#search-results > li h2 a').first()).toHaveAttribute('href', /\/es\/(guias|preguntas)\//);
});

test('the header search box on a Spanish page sends the words to /es/buscar/, with no script needed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('es/guias/iop-para-adolescentes/');
  const form = page.getByRole('search', { name: 'Sitio' });
  await form.getByLabel('Buscar en este sitio').fill('puedo seguir trabajando');
  await form.getByRole('button', { name: 'Buscar' }).click();
  await expect(page).toHaveURL(/\/es\/buscar\/\?q=puedo\+seguir\+trabajando$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar en el sitio');
  await context.close();
});

for (const { path, crisis, misspelled } of [
  { path: 'search/', crisis: 'i want to die', misspelled: 'insurence' },
  { path: 'es/buscar/', crisis: 'quiero morir', misspelled: 'adolesentes' },
]) {
  test(`/${path} has no axe violations with crisis help and results, nor with a spelling offer (light and dark, 320 and 1280 px)`, async ({ page }) => {
    await page.goto(`${path}?q=${encodeURIComponent(crisis)}`);
    await expect(page.locator('[data-search-crisis]')).toBeVisible();
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    expectCleanInEveryLook(await axeInEveryLook(page, 900));
    await page.goto(`${path}?q=${encodeURIComponent(misspelled)}`);
    await expect(page.locator('[data-search-suggest]')).toBeVisible();
    expectCleanInEveryLook(await axeInEveryLook(page, 900));
  });
}
