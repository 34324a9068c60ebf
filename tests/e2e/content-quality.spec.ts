// The guide library's quality bar, checked on the pages as built: reading level, sources and review
// dates. Respectful, price-free words are checked on every page in every-page.spec.ts, in the same visit
// as its other checks.
import { expect, test } from './support/fixtures.ts';
import { readingLevel } from '../../src/lib/reading-level.ts';
import { builtPages, distDir } from './support/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingEaseEs } from '../../src/lib/reading-ease-es.ts';
import { faqAnswerTexts, guideBodyText } from './support/visible-text.ts';

const guidePages = builtPages().filter((p) => /^guides\/[^/]+\/$/.test(p));
const maxGuideGrade = 8;
const today = new Date(new Date().toISOString().slice(0, 10));

test('there is a guide for every topic the library promises', () => {
  const expected = [
    'what-is-iop', 'how-iop-works', 'what-to-expect', 'levels-of-care', 'who-iop-helps', 'teens',
    'families', 'paying-for-iop', 'getting-started', 'virtual-iop', 'after-iop', 'stories',
    'medicines', 'rights-work-and-privacy', 'when-someone-refuses-help', 'between-sessions', 'checking-a-program',
  ];
  expect(guidePages.map((p) => p.split('/')[1]).sort()).toEqual(expected.sort());
});

for (const path of guidePages) {
  test(`/${path} meets the quality bar`, async ({ page }) => {
    await page.goto(path);
    const body = await page.locator('[data-guide-body]').innerText();
    const level = readingLevel(body);
    expect(level.grade, `Flesch–Kincaid grade of the body (${level.words} words)`).toBeLessThanOrEqual(maxGuideGrade);

    await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
    const sources = page.locator('.sources li');
    expect(await sources.count(), 'sources').toBeGreaterThanOrEqual(2);

    const [lastReviewed, nextReview] = (await page.locator('.review-dates').first().locator('time').evaluateAll((times) =>
      times.map((t) => t.getAttribute('datetime')),
    )).map((d) => new Date(`${d}T00:00:00Z`));
    expect(lastReviewed!.getTime(), 'last reviewed is not in the future').toBeLessThanOrEqual(today.getTime());
    expect(nextReview!.getTime(), 'next review is after today').toBeGreaterThan(today.getTime());
    const limit = new Date(lastReviewed!);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    expect(nextReview!.getTime(), 'next review within 12 months of the last').toBeLessThanOrEqual(limit.getTime());

    const headings = page.locator('[data-guide-body] h2');
    const sectionCount = await headings.count();
    if (sectionCount > 4) await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    for (const id of await headings.evaluateAll((hs) => hs.map((h) => h.id))) expect(id, 'every section has an id').toMatch(/^[a-z0-9-]+$/);
  });
}

test('every FAQ answer reads at grade 7 or below, as shown on the page', async ({ noJsPage: page }) => {
  // Without JavaScript every answer is open, exactly as written.
  await page.goto('faq/');
  const answers = await page.locator('[data-faq-entry]').evaluateAll((entries) =>
    entries.map((entry) => {
      const answer = entry.querySelector('[data-faq-answer]')!.cloneNode(true) as HTMLElement;
      answer.querySelectorAll('.faq-links').forEach((links) => links.remove());
      return { id: entry.getAttribute('data-faq-entry'), text: answer.innerText || answer.textContent || '' };
    }),
  );
  expect(answers.length, 'FAQ questions').toBeGreaterThanOrEqual(30);
  const tooHard = answers
    .map((a) => ({ id: a.id, ...readingLevel(a.text) }))
    .filter((a) => a.grade > 7 || a.words === 0)
    .map((a) => `${a.id}: grade ${a.grade} (${a.words} words)`);
  expect(tooHard).toEqual([]);
});

// The Spanish guides and answers are held to their reading ease (Fernández-Huerta) on the built files,
// in tests/dist/spanish-edition.test.ts, where the figures are printed. Here the browser confirms that
// the text read from the files is the text a reader sees, so those figures can be trusted.
test('the Spanish reading ease measured on the built files matches the text the browser shows', async ({ noJsPage: page }) => {
  const spanishGuides = builtPages().filter((p) => /^es\/guias\/[^/]+\/$/.test(p));
  expect(spanishGuides.length, 'Spanish guides').toBeGreaterThan(0);
  const apart: string[] = [];
  for (const path of spanishGuides) {
    await page.goto(path);
    const inBrowser = readingEaseEs(await page.locator('[data-guide-body]').innerText());
    const fromFile = readingEaseEs(guideBodyText(readFileSync(join(distDir, path, 'index.html'), 'utf8')) ?? '');
    // The same words, not only a close score: a part the file reader counts and the browser hides (or the
    // reverse) shows up here even when it barely moves the score.
    if (Math.abs(inBrowser.score - fromFile.score) > 1 || Math.abs(inBrowser.words - fromFile.words) > inBrowser.words * 0.02) {
      apart.push(`/${path}: browser ${inBrowser.score} (${inBrowser.words} words), file ${fromFile.score} (${fromFile.words} words)`);
    }
  }
  await page.goto('es/preguntas/');
  const inBrowser = await page.locator('[data-faq-entry]').evaluateAll((entries) =>
    entries.map((entry) => {
      const answer = entry.querySelector('[data-faq-answer]')!.cloneNode(true) as HTMLElement;
      answer.querySelectorAll('.faq-links').forEach((links) => links.remove());
      return answer.innerText || answer.textContent || '';
    }),
  );
  const fromFile = faqAnswerTexts(readFileSync(join(distDir, 'es/preguntas/index.html'), 'utf8'));
  expect(inBrowser.length, 'Spanish FAQ answers').toBe(fromFile.length);
  fromFile.forEach(({ id, text }, i) => {
    const [browser, file] = [readingEaseEs(inBrowser[i]!), readingEaseEs(text)];
    if (Math.abs(browser.score - file.score) > 1) apart.push(`${id}: browser ${browser.score}, file ${file.score}`);
  });
  expect(apart).toEqual([]);
});
