// A reader with one question finds its answer on /faq/: by typing words, by picking a topic, from a
// shared ?q= or #question link, with the keyboard alone, and with JavaScript turned off.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';
import { builtPages } from './support/site.ts';
import { watchPage } from './support/watch-page.ts';
import { faqSearchText, statusText } from '../../src/lib/faq-search.ts';
import { faqTopicLabels } from '../../src/data/faq-topics.ts';

/** How many questions the site has: one built page per question under /faq/. */
const questionCount = builtPages().filter((p) => /^faq\/[^/]+\/$/.test(p)).length;

// "saliva" appears in one answer only, and in no question: finding it proves answers are searched.
const answerOnlyWord = 'saliva';
const answerOnlyQuestion = 'Will I have drug tests in IOP?';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: faqSearchText.label });
// The FAQ's own live status (the site also has a polite announcer for copied links).
const status = (page: Page) => page.getByRole('main').getByRole('status');
const entries = (page: Page) => page.locator('[data-faq-entry]');
const visibleEntries = (page: Page) => page.locator('[data-faq-entry]:not([hidden])');
const question = (page: Page, name: string) => page.getByRole('heading', { level: 3, name }).getByRole('button');
const topicButton = (page: Page, topic: keyof typeof faqTopicLabels) =>
  page.getByRole('group', { name: faqSearchText.topicsLabel }).getByRole('button', { name: new RegExp(`^${escape(faqTopicLabels[topic])} \\(\\d+\\)$`) });

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function countIn(button: Locator): Promise<number> {
  const name = (await button.textContent()) ?? '';
  return Number(/\((\d+)\)\s*$/.exec(name)?.[1] ?? Number.NaN);
}

async function openFaq(page: Page, path = 'faq/') {
  await page.goto(path);
  // The script shows the search box once it has set up the page.
  await expect(searchBox(page)).toBeVisible();
}

test('the words of an answer find its question, with the answer open in place', async ({ page }) => {
  const problems = await watchPage(page);
  await openFaq(page);
  // Precondition, read from the page: the word is in exactly one answer and in no question.
  const holders = await entries(page).evaluateAll((all, word) => all.filter((e) => e.textContent?.toLowerCase().includes(word)).map((e) => (e as HTMLElement).dataset.faqEntry), answerOnlyWord);
  expect(holders).toHaveLength(1);
  const questions = await page.locator('[data-faq-question]').allTextContents();
  expect(questions.filter((q) => q.toLowerCase().includes(answerOnlyWord))).toEqual([]);

  await searchBox(page).fill(answerOnlyWord);
  await expect(status(page)).toHaveText(statusText({ count: 1, query: answerOnlyWord, topicLabels: [], total: questionCount }));
  await expect(visibleEntries(page)).toHaveCount(1);
  const button = question(page, answerOnlyQuestion);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const answer = page.locator(`#${holders[0]}-answer`);
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(answerOnlyWord);
  await expect(answer.getByRole('listitem').filter({ hasText: 'Read more:' }).getByRole('link')).toBeVisible();
  await expect(answer.getByRole("link", { name: /^Copy link to this answer/ })).toHaveAttribute('href', `#${holders[0]}`);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${answerOnlyWord}`));
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('topic toggles filter the questions and show counts that follow the words', async ({ page }) => {
  await openFaq(page);
  const teens = topicButton(page, 'teens');
  const teenTotal = await page.locator('[data-faq-entry][data-topic="teens"]').count();
  expect(teenTotal).toBeGreaterThan(0);
  await expect(teens).toHaveAccessibleName(`${faqTopicLabels.teens} (${teenTotal})`);
  await expect(teens).toHaveAttribute('aria-pressed', 'false');

  await teens.click();
  await expect(teens).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText(statusText({ count: teenTotal, query: '', topicLabels: [faqTopicLabels.teens], total: questionCount }));
  await expect(visibleEntries(page)).toHaveCount(teenTotal);
  expect(await visibleEntries(page).evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.topic))).toEqual(Array(teenTotal).fill('teens'));

  // With words as well: the Teens count now says how many teen questions match them.
  await searchBox(page).fill('school');
  await expect(status(page)).toContainText('“school”');
  const teenMatches = await countIn(teens);
  expect(teenMatches).toBeGreaterThan(0);
  expect(teenMatches).toBeLessThanOrEqual(teenTotal);
  await expect(visibleEntries(page)).toHaveCount(teenMatches);
  await expect(status(page)).toHaveText(statusText({ count: teenMatches, query: 'school', topicLabels: [faqTopicLabels.teens], total: questionCount }));
});

test('the topic counts add up to the questions that match the words, from the first search', async ({ page }) => {
  // Straight from a link, before any topic is picked: each count says what picking it would show.
  await openFaq(page, 'faq/?q=work');
  await expect(status(page)).toContainText('“work”');
  const matching = await visibleEntries(page).count();
  expect(matching).toBeGreaterThan(1);
  await expect(status(page)).toHaveText(statusText({ count: matching, query: 'work', topicLabels: [], total: questionCount }));
  const perTopic = await visibleEntries(page).evaluateAll((all) =>
    all.reduce<Record<string, number>>((counts, e) => {
      const topic = (e as HTMLElement).dataset.topic ?? '';
      counts[topic] = (counts[topic] ?? 0) + 1;
      return counts;
    }, {}),
  );
  for (const topic of Object.keys(faqTopicLabels) as (keyof typeof faqTopicLabels)[]) {
    if ((await topicButton(page, topic).count()) === 0) continue;
    expect(await countIn(topicButton(page, topic)), faqTopicLabels[topic]).toBe(perTopic[topic] ?? 0);
  }
});

test('a search with no match says so and offers the site search and help', async ({ page }) => {
  await openFaq(page);
  const nonsense = 'zzqqxxy';
  await searchBox(page).fill(nonsense);
  await expect(status(page)).toHaveText(statusText({ count: 0, query: nonsense, topicLabels: [], total: questionCount }));
  await expect(visibleEntries(page)).toHaveCount(0);
  const offer = page.locator('[data-faq-empty]');
  await expect(offer.getByRole('link', { name: faqSearchText.helpNow })).toHaveAttribute('href', /\/help-now\/$/);
  await offer.getByRole('link', { name: faqSearchText.siteSearch(nonsense) }).click();
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${nonsense}$`));
  await expect(page.getByLabel('Search words')).toHaveValue(nonsense);
});

test('"Show all questions" brings the whole list back', async ({ page }) => {
  await openFaq(page, 'faq/?q=insurance');
  await expect(status(page)).toContainText('“insurance”');
  await page.getByRole('button', { name: faqSearchText.showAll }).click();
  await expect(status(page)).toHaveText(statusText({ count: 0, query: '', topicLabels: [], total: questionCount }));
  await expect(visibleEntries(page)).toHaveCount(questionCount);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('a ?q= link opens with the search filled in and run', async ({ page }) => {
  await openFaq(page, `faq/?q=${answerOnlyWord}`);
  await expect(searchBox(page)).toHaveValue(answerOnlyWord);
  await expect(status(page)).toHaveText(statusText({ count: 1, query: answerOnlyWord, topicLabels: [], total: questionCount }));
  await expect(question(page, answerOnlyQuestion)).toHaveAttribute('aria-expanded', 'true');
});

test('a /faq/#question link opens that answer and puts focus on it', async ({ page }) => {
  await openFaq(page, 'faq/#what-if-my-teen-refuses-to-go');
  const button = question(page, 'What if my teen refuses to go to IOP?');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#what-if-my-teen-refuses-to-go-answer')).toBeVisible();
  // Other answers stay folded.
  await expect(question(page, answerOnlyQuestion)).toHaveAttribute('aria-expanded', 'false');

  // A link from one answer to another opens and focuses the other one.
  await question(page, 'Can I keep working during IOP?').click();
  await page.locator('#can-i-keep-working-answer').getByRole('link', { name: 'will my employer be told' }).click();
  const employer = question(page, 'Will my employer be told that I am in IOP?');
  await expect(employer).toBeFocused();
  await expect(employer).toHaveAttribute('aria-expanded', 'true');
});

test('a question page is in the site search and links back to its place in the FAQ', async ({ page }) => {
  await page.goto(`search/?q=${answerOnlyWord}`);
  await page.locator('#search-results').getByRole('link', { name: answerOnlyQuestion }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(answerOnlyQuestion);
  await page.getByRole('link', { name: /See this question with all the others/ }).click();
  await expect(question(page, answerOnlyQuestion)).toBeFocused();
  await expect(question(page, answerOnlyQuestion)).toHaveAttribute('aria-expanded', 'true');
});

test('works with the keyboard alone', async ({ page }) => {
  await openFaq(page);
  const box = searchBox(page);
  for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type(answerOnlyWord);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(statusText({ count: 1, query: answerOnlyWord, topicLabels: [], total: questionCount }));

  const button = question(page, answerOnlyQuestion);
  for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // Into the answer's links next.
  await page.keyboard.press('Tab');
  await expect(page.locator('#will-i-have-drug-tests-answer a').first()).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 40 && !(await topicButton(page, 'sessions').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Space');
  await expect(topicButton(page, 'sessions')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText(`“${faqTopicLabels.sessions}”`);
});

test('loads no search code until the reader searches or picks a topic', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('faq/', { waitUntil: 'networkidle' });
  await expect(searchBox(page)).toBeVisible();
  expect(pagefindRequests).toEqual([]);
  await topicButton(page, 'privacy').click();
  await expect(status(page)).toContainText(`“${faqTopicLabels.privacy}”`);
  expect(pagefindRequests.length).toBeGreaterThan(0);
});

test('with JavaScript off, every question and answer shows and nothing is broken', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('faq/');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(questionCount);
  await expect(page.locator('[data-faq-answer]:visible')).toHaveCount(questionCount);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0); // the header's search form has its own
  await expect(page.getByLabel(faqSearchText.label)).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Topics' })).toBeVisible();
  await expect(page.getByText(answerOnlyWord, { exact: false }).first()).toBeVisible();
  await context.close();
});

test('has no axe violations with results showing, nor when nothing matches (light and dark, 320 and 1280 px)', async ({ page }) => {
  // Eight scans in one visit: the scheme and width change in place, the results stay.
  test.setTimeout(4 * 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openFaq(page, 'faq/?q=work');
  await expect(status(page)).toContainText('“work”');
  await topicButton(page, 'work-school').click();
  await expect(topicButton(page, 'work-school')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText(`“${faqTopicLabels['work-school']}”`);
  expectCleanInEveryLook(await axeInEveryLook(page, 900));

  // The empty state too.
  await searchBox(page).fill('zzqqxxy');
  await expect(page.locator('[data-faq-empty]').getByRole('link', { name: faqSearchText.helpNow })).toBeVisible();
  expectCleanInEveryLook(await axeInEveryLook(page, 900), false);
});
