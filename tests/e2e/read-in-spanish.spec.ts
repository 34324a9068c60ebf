// A Spanish-speaking family reads a guide in Spanish: its numbers are phrased in Spanish from the same
// data, every link in its text stays in the Spanish edition (sections and glossary terms included), its
// dates and review line are in Spanish, and its structured data says it is in Spanish.
import { expect, test, type Page } from '@playwright/test';
import { factText, facts, type FactId } from '../../src/lib/facts.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { uiText } from '../../src/i18n/index.ts';
import { builtPages } from './support/site.ts';

const es = uiText('es').content;
const en = uiText('en').content;
const guide = 'es/guias/que-es-un-iop/';
/** Facts this guide quotes (content/es/guides/que-es-un-iop.mdx). */
const quoted: FactId[] = ['iopHoursAdult', 'iopHoursTeen', 'phpHours', 'outpatientHoursAdult', 'typicalDays', 'studyAdults', 'virtualStudyPeople'];

/** The site's base path as the browser sees it ("/" or "/iop-guide/"). */
function basePath(baseURL: string | undefined): string {
  return new URL(baseURL ?? 'http://localhost/').pathname;
}

async function jsonLd(page: Page, type: string) {
  return page.locator('script[type="application/ld+json"]').evaluateAll(
    (scripts, wanted) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')).find((d) => d['@type'] === wanted),
    type,
  );
}

test('a Spanish guide quotes its numbers in Spanish, from the same data as the English guide', async ({ page }) => {
  await page.goto(guide);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const body = page.locator('[data-guide-body]');
  for (const id of quoted) {
    await expect(body, id).toContainText(factText(id, 'es'));
    await expect(body, `${id} in English`).not.toContainText(facts[id]);
  }
  await expect(page.getByRole('heading', { level: 2, name: es.inShort })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: es.sources })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: es.relatedGuides })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /./ }).getByRole('heading', { name: es.contents })).toBeVisible();
});

test('its dates, review line and audience line are in Spanish', async ({ page }) => {
  await page.goto(guide);
  const meta = page.locator('.guide-meta');
  await expect(meta.locator('p.meta').first()).toHaveText(/^Escrito para familias/);
  const dates = meta.locator('.review-dates');
  await expect(dates).toContainText(`${es.lastReviewed}:`);
  await expect(dates).toContainText(`${es.nextReview}:`);
  for (const time of await dates.locator('time').all()) {
    const datetime = (await time.getAttribute('datetime'))!;
    await expect(time).toHaveText(formatDate(new Date(`${datetime}T00:00:00Z`), 'es'));
  }
  await expect(dates).not.toContainText(en.lastReviewed);
  const status = meta.locator('.review-status');
  const medical = await jsonLd(page, 'MedicalWebPage');
  if ((medical.reviewedBy ?? []).length === 0) await expect(status).toHaveText(es.notClinicallyReviewed);
  else await expect(status).toContainText(es.reviewedBy);
});

test('every link in its text leads to a Spanish page, and a section link lands on the Spanish section', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto(guide);
  const links = page.locator('[data-guide-body] a[href^="/"], .related a[href^="/"]');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href, 'a link in Spanish text').toMatch(new RegExp(`^${base}es/`));

  // Each distinct page it links to answers.
  const pagesLinked = [...new Set(hrefs.map((h) => h.replace(/[?#].*$/, '')))];
  for (const path of pagesLinked) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }

  // A link into another guide's section opens that section of the Spanish guide.
  const sectionLink = page.locator(`[data-guide-body] a[href^="${base}es/guias/"][href*="#"]`).first();
  const target = (await sectionLink.getAttribute('href'))!;
  const anchor = decodeURIComponent(target.split('#')[1]!);
  await sectionLink.click();
  await expect(page).toHaveURL((url) => url.pathname === target.split('#')[0] && decodeURIComponent(url.hash) === `#${anchor}`);
  const heading = page.locator(`[id="${anchor}"]`);
  await expect(heading).toHaveCount(1);
  await expect(heading).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a glossary word in a Spanish guide lands on the Spanish term', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto(guide);
  const term = page.locator('[data-guide-body] a.term').first();
  await expect(term).toHaveText('IOP');
  await expect(term).toHaveAttribute('href', `${base}es/glosario/#programa-ambulatorio-intensivo`);
  await term.click();
  await expect(page).toHaveURL(/\/es\/glosario\/#programa-ambulatorio-intensivo$/);
  const entry = page.locator('#programa-ambulatorio-intensivo');
  await expect(entry.locator('dfn')).toHaveText(/^Programa ambulatorio intensivo/);
  await expect(entry).toBeInViewport();
});

test('its structured data is in Spanish (es-US) with Spanish breadcrumbs; the English guide says en-US', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto(guide);
  const medical = await jsonLd(page, 'MedicalWebPage');
  expect(medical.inLanguage).toBe('es-US');
  expect(new URL(medical.url).pathname).toBe(`${base}${guide}`);
  const crumbs = await jsonLd(page, 'BreadcrumbList');
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name).slice(0, 2)).toEqual([es.home, es.guides]);
  expect(new URL(crumbs.itemListElement[1].item).pathname).toBe(`${base}es/guias/`);
  await expect(page.locator('nav.breadcrumbs a')).toHaveText([es.home, es.guides]);

  await page.goto('guides/what-is-iop/');
  expect((await jsonLd(page, 'MedicalWebPage')).inLanguage).toBe('en-US');
});

test('the Spanish guide list and glossary are in Spanish, the glossary in Spanish A to Z order', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto('es/guias/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.guideList.title);
  const guideLinks = page.locator('.guide-list h2 a');
  expect(await guideLinks.count()).toBeGreaterThan(10);
  for (const href of await guideLinks.evaluateAll((a) => a.map((x) => x.getAttribute('href')!))) expect(href).toMatch(new RegExp(`^${base}es/guias/[^/]+/$`));

  await page.goto('es/glosario/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.glossary.title);
  await expect(page.getByRole('navigation', { name: es.glossary.indexLabel })).toBeVisible();
  const terms = await page.locator('.glossary dfn').allTextContents();
  expect(terms.length).toBeGreaterThan(40);
  const collator = new Intl.Collator('es');
  const key = (t: string) => t.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
  expect(terms).toEqual([...terms].sort((a, b) => collator.compare(key(a), key(b))));
  await expect(page.getByRole('main')).not.toContainText(en.glossary.backToTop);
});

test('every Spanish guide has its frame in Spanish: headings, dates, review line, related guides and es-US data', async ({ page, baseURL }) => {
  test.setTimeout(4 * 60_000);
  const base = basePath(baseURL);
  const guides = builtPages().filter((p) => /^es\/guias\/[^/]+\/$/.test(p) && !p.startsWith('es/guias/page/'));
  expect(guides.length).toBeGreaterThan(10);
  const englishFrame = [en.inShort, en.relatedGuides, en.lastReviewed, en.nextReview, en.notClinicallyReviewed, en.copySectionLink, 'Written for'];
  for (const path of guides) {
    await page.goto(path);
    const article = page.locator('article.guide');
    await expect(article.locator('#in-short'), path).toHaveText(es.inShort);
    await expect(article.locator('#sources'), path).toHaveText(es.sources);
    await expect(article.locator('.guide-meta .review-dates time').first(), path).toHaveText(/^\d{1,2} de [a-z]+ de \d{4}$/);
    const frame = await article.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-guide-body], .sources ol, .in-short p').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    for (const words of englishFrame) expect(frame, `${path}: "${words}"`).not.toContain(words);
    for (const href of await page.locator('.related a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!))) {
      expect(href, path).toMatch(new RegExp(`^${base}es/guias/[^/]+/$`));
    }
    expect((await jsonLd(page, 'MedicalWebPage')).inLanguage, path).toBe('es-US');
    await expect(page.locator('meta[property="og:image"]'), path).toHaveAttribute('content', new RegExp(`/og/es-guide-${path.split('/')[2]}\\.png$`));
  }
});
