// A reader switches language: every page has a link, in the header, to the same page in the other
// language (and back), a tool keeps its answers in the address when switching, <html lang> names the
// page's language, search engines find each page's pair through reciprocal hreflang links, and a
// Spanish reader in trouble sees 911 first and 988 in Spanish (press 2, or text AYUDA).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chromeEn } from '../../src/i18n/en/chrome.ts';
import { chromeEs } from '../../src/i18n/es/chrome.ts';
import { pagesEs } from '../../src/i18n/es/pages.ts';
import { pagePairs } from '../../src/i18n/routes.ts';
import { helpLineWordsEs, overdoseStepsEs } from '../../src/data/es/help-lines.ts';
import { distDir } from './support/site.ts';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';
import { factText } from '../../src/lib/facts.ts';

/** The header's link to the other language. */
const languageLink = (page: Page) => page.getByRole('banner').locator('a[data-language-link]');

/** Site path ("/es/…") → the path page.goto takes, relative to the base URL. */
const rel = (path: string) => path.replace(/^\//, '');

test('the header links each page to its pair in the other language, and back', async ({ page }) => {
  for (const [english, spanish] of [
    ['/', '/es/'],
    ['/help-now/', pagePairs['/help-now/']],
    ['/about/', pagePairs['/about/']],
  ] as const) {
    await page.goto(rel(english));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const toSpanish = languageLink(page);
    await expect(toSpanish).toHaveText(chromeEn.otherLanguage.label);
    await expect(toSpanish).toHaveAttribute('lang', 'es');
    await expect(toSpanish).toHaveAttribute('hreflang', 'es');
    await toSpanish.click();
    await expect(page).toHaveURL(new RegExp(`${spanish}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('banner').getByRole('link', { name: chromeEs.helpNow })).toBeVisible();

    const toEnglish = languageLink(page);
    await expect(toEnglish).toHaveText(chromeEs.otherLanguage.label);
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('the English home page offers Español at the top, before any section', async ({ page }) => {
  await page.goto('');
  const offer = page.getByRole('main').locator('a[data-language-link]');
  await expect(offer).toBeVisible();
  // Said in Spanish, and marked so, for screen readers to pronounce it in Spanish.
  expect(await offer.evaluate((a) => a.closest('[lang]')?.getAttribute('lang'))).toBe('es');
  await expect(offer).toHaveAttribute('href', /\/es\/$/);
  // Between the title and the first section heading.
  const before = await page.getByRole('main').evaluate((main) => {
    const link = main.querySelector('a[data-language-link]')!;
    const heading = main.querySelector('h2')!;
    return Boolean(link.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  // The Spanish home has the same parts as the English one, in Spanish.
  await page.goto('es/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(pagesEs.home.heading);
  await expect(main.getByRole('region', { name: pagesEs.home.nextStep })).toBeVisible();
  await expect(main.locator('.next-steps > li')).toHaveCount(3);
  await expect(main).toContainText(factText('iopHoursAdult', 'es'));
});

test('switching language on a tool keeps its answers in the address', async ({ page }) => {
  const query = '?levels=iop,php';
  await page.goto(`tools/compare-levels/${query}`);
  const link = languageLink(page);
  await expect(link).toHaveAttribute('href', `${new URL(page.url()).origin}/${rel(pagePairs['/tools/compare-levels/'])}${query}`);
  // The address can change after the page loads (a tool writes the reader's choices into it): the link follows.
  await page.evaluate(() => history.replaceState(null, '', `${location.pathname}?levels=outpatient,iop#top`));
  await link.focus();
  await expect(link).toHaveAttribute('href', /\/es\/herramientas\/comparar-niveles\/\?levels=outpatient,iop#top$/);
});

test('hreflang alternates are absolute, name en, es and x-default, and each pair names the other', async ({ page }) => {
  const alternatesOf = async (path: string) => {
    await page.goto(rel(path));
    return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
    );
  };
  for (const english of ['/', '/help-now/', '/about/'] as const) {
    const spanish = pagePairs[english];
    const fromEnglish = await alternatesOf(english);
    const fromSpanish = await alternatesOf(spanish);
    expect(Object.keys(fromEnglish).sort()).toEqual(['en', 'es', 'x-default']);
    expect(fromEnglish['en']).toMatch(new RegExp(`^https?://[^/]+${english}$`));
    expect(fromEnglish['es']).toMatch(new RegExp(`^https?://[^/]+${spanish}$`));
    expect(fromEnglish['x-default']).toBe(fromEnglish['en']);
    expect(fromSpanish, `${spanish} names the same pair as ${english}`).toEqual(fromEnglish);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_US');
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'en_US');
  }
});

test('the Spanish help page puts 911 first, then 988 in Spanish: press 2, or text AYUDA', async ({ page }) => {
  await page.goto(rel(pagePairs['/help-now/']));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const main = page.getByRole('main');
  const text = await main.innerText();
  expect(text.indexOf('911'), '911 is on the page').toBeGreaterThan(-1);
  expect(text.indexOf('911'), '911 comes before 988').toBeLessThan(text.indexOf('988'));
  await expect(main.getByRole('heading', { level: 2 }).first()).toContainText('911');
  await expect(main.getByRole('link', { name: helpLineWordsEs.emergency911.links[0]! }).first()).toHaveAttribute('href', 'tel:911');
  // The Spanish 988 line comes first among the crisis lines.
  await expect(main.locator('h3.emergency-title').first()).toHaveText(helpLineWordsEs.lifeline988Spanish.name);
  await expect(main.getByRole('link', { name: 'Envíe AYUDA por texto al 988' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await expect(main).toContainText('marque 2');
  await expect(main.locator('.overdose-steps')).toContainText(overdoseStepsEs.heading);
  await expect(main.locator('.overdose-steps')).toContainText(/naloxona/);
  // SAMHSA's helpline, which answers in Spanish, is listed by its Spanish name.
  await expect(main.getByRole('heading', { name: helpLineWordsEs.samhsaHelpline.name })).toBeVisible();
  await expect(main).toContainText('en español');
  // Sources: the 988 Lifeline's Spanish page first; every English-only source says so.
  const sources = main.locator('.sources li');
  await expect(sources.first()).toContainText('988 Lifeline en español');
  for (const item of (await sources.allInnerTexts()).slice(1)) expect(item).toContain('(en inglés)');
});

test('the help box on a Spanish guide names 911 first, then 988 with press 2 and AYUDA', async ({ page }) => {
  // The Spanish guide for families (translationOf: families) carries the help box.
  await page.goto('es/guias/apoyar-a-un-ser-querido/');
  const box = page.getByRole('complementary', { name: chromeEs.helpBox.title });
  await expect(box).toBeVisible();
  const text = await box.innerText();
  expect(text.indexOf('911')).toBeGreaterThan(-1);
  expect(text.indexOf('911')).toBeLessThan(text.indexOf('988'));
  expect(text).toMatch(/marque 2/);
  expect(text).toMatch(/AYUDA/);
  await expect(box.getByRole('link', { name: helpLineWordsEs.lifeline988Spanish.links[1]! })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await expect(box.getByRole('link', { name: chromeEs.helpBox.allLines })).toHaveAttribute('href', new RegExp(`${pagePairs['/help-now/']}$`));
});

test('the Spanish "page not found" says so in Spanish and points to Spanish pages', async ({ page }) => {
  // Astro writes it as es/404/index.html; the build moves it to es/404.html, where static hosts look.
  expect(existsSync(join(distDir, 'es', '404.html')), 'es/404.html in the build').toBe(true);
  expect(existsSync(join(distDir, 'es', '404', 'index.html')), 'no "not found" page served as a page').toBe(false);
  await page.goto('es/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(pagesEs.notFound.heading);
  await expect(main.getByRole('link', { name: pagesEs.notFound.links[0]!.label })).toHaveAttribute('href', /\/es\/$/);
  await expect(main.getByRole('link', { name: pagesEs.notFound.links[3]!.label })).toHaveAttribute('href', new RegExp(`${pagePairs['/help-now/']}$`));
  await expect(main.getByRole('search')).toHaveAttribute('action', new RegExp(`${pagePairs['/search/']}$`));
  // A page with no pair links to the other language's home page.
  await expect(languageLink(page)).toHaveAttribute('href', /\/$/);
  await expect(languageLink(page)).not.toHaveAttribute('href', /\/es\//);
  // The page-by-page checks visit only the English 404, so this one gets its accessibility check here.
  expectCleanInEveryLook(await axeInEveryLook(page));
});
