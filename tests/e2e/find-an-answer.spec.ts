// A reader with one question finds its answer on /faq/: by typing words, by picking a topic, from a
// shared ?q=, ?topic= or #question link, with the keyboard alone, on a phone, with JavaScript turned off,
// and at the end of a guide, where the same React widget holds that guide's topic.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';
import { builtPages } from './support/site.ts';
import { watchPage } from './support/watch-page.ts';
import { faqSearchText, statusText } from '../../src/lib/faq-search.ts';
import { faqTopicLabels } from '../../src/data/faq-topics.ts';
import { en } from '../../src/data/search-words/en.ts';
import { faqPagesEs } from '../../src/i18n/es/faqPages.ts';
import { uiText } from '../../src/i18n/index.ts';

const spanishFaqDir = resolve(import.meta.dirname, '../../content/es/faq');

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
  // The island is interactive once Astro has hydrated it (the `ssr` attribute goes).
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await expect(searchBox(page)).toBeVisible();
}

/** While words are typed the topic filter is folded away; this opens it. */
async function unfoldTopics(page: Page) {
  const toggle = page.getByRole('button', { name: faqSearchText.showTopics });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
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
  await unfoldTopics(page);
  const perTopic = await visibleEntries(page).evaluateAll((all) =>
    all.reduce<Record<string, number>>((counts, e) => {
      const topic = (e as HTMLElement).dataset.topic ?? '';
      counts[topic] = (counts[topic] ?? 0) + 1;
      return counts;
    }, {}),
  );
  // A topic with no match is not offered at all; every other one says how many it would show.
  for (const topic of Object.keys(faqTopicLabels) as (keyof typeof faqTopicLabels)[]) {
    if (!perTopic[topic]) await expect(topicButton(page, topic), faqTopicLabels[topic]).toHaveCount(0);
    else expect(await countIn(topicButton(page, topic)), faqTopicLabels[topic]).toBe(perTopic[topic]);
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

  // Back up to the folded topic filter, open it, and pick a topic.
  const toggle = page.getByRole('button', { name: faqSearchText.showTopics });
  for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (let i = 0; i < 40 && !(await topicButton(page, 'sessions').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(topicButton(page, 'sessions')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText(`“${faqTopicLabels.sessions}”`);
});

test('loads no search code until the reader types: a topic alone needs none', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('faq/', { waitUntil: 'networkidle' });
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await expect(searchBox(page)).toBeVisible();
  expect(pagefindRequests).toEqual([]);
  await topicButton(page, 'privacy').click();
  await expect(status(page)).toContainText(`“${faqTopicLabels.privacy}”`);
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await searchBox(page).fill('told');
  await expect(status(page)).toContainText('“told”');
  expect(pagefindRequests.length).toBeGreaterThan(0);
});

test('a ?topic= link opens on those topics, and picking topics keeps the address up to date', async ({ page }) => {
  const problems = await watchPage(page);
  await openFaq(page, 'faq/?topic=teens,family');
  await expect(topicButton(page, 'teens')).toHaveAttribute('aria-pressed', 'true');
  await expect(topicButton(page, 'family')).toHaveAttribute('aria-pressed', 'true');
  const wanted = await page.locator('[data-faq-entry][data-topic="teens"], [data-faq-entry][data-topic="family"]').count();
  await expect(visibleEntries(page)).toHaveCount(wanted);
  await expect(status(page)).toHaveText(
    statusText({ count: wanted, query: '', topicLabels: [faqTopicLabels.family, faqTopicLabels.teens], total: questionCount }),
  );

  await topicButton(page, 'family').click();
  await expect(page).toHaveURL(/\?topic=teens$/);
  await searchBox(page).fill('school');
  await expect(status(page)).toContainText('“school”');
  await expect(page).toHaveURL(/\?q=school&topic=teens$/);
  // A link made now opens on the same words and topic.
  await openFaq(page, page.url());
  await expect(searchBox(page)).toHaveValue('school');
  await expect(topicButton(page, 'teens')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText(`“school” in “${faqTopicLabels.teens}”`);
  expect(problems.consoleErrors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the matches sit right under the search box, with the topic filter folded away', async ({ page }) => {
    await openFaq(page);
    await searchBox(page).fill('boss');
    await expect(status(page)).toContainText('“boss”');
    const first = visibleEntries(page).first();
    await expect(first).toBeVisible();
    await expect(page.getByRole('group', { name: faqSearchText.topicsLabel })).toBeHidden();
    // Between the box and the match: the count, two buttons and the topic's heading, not ten topic
    // buttons (the match used to sit about 1,350 px down). A screen that shows the box shows the match.
    const box = (await searchBox(page).boundingBox())!;
    const match = (await first.getByRole('heading').boundingBox())!;
    expect(match.y + match.height - box.y, 'px from the top of the search box to the end of the first question').toBeLessThan(500);

    await unfoldTopics(page);
    // Only topics with a match are offered: none reads "(0)".
    const counts = await page.getByRole('group', { name: faqSearchText.topicsLabel }).getByRole('button').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((text) => /\(0\)\s*$/.test(text))).toEqual([]);
  });
});

test('a guide ends with its topic\'s questions, searchable there, and leaves the guide address alone', async ({ page }) => {
  const problems = await watchPage(page);
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('guides/teens/');
  const embed = page.locator('.faq-search-embedded');
  await embed.scrollIntoViewIfNeeded();
  await embed.locator('xpath=ancestor::astro-island[not(@ssr)]').waitFor();
  await expect(embed.getByRole('heading', { level: 2 })).toHaveText(faqSearchText.embedTitle(faqTopicLabels.teens));
  const teenQuestions = embed.locator('[data-faq-entry]');
  const total = await teenQuestions.count();
  expect(total).toBeGreaterThan(1);
  expect(await teenQuestions.evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.topic))).toEqual(Array(total).fill('teens'));
  // Folded to their questions until opened.
  const firstButton = teenQuestions.first().getByRole('button');
  await expect(firstButton).toHaveAttribute('aria-expanded', 'false');
  await firstButton.click();
  await expect(firstButton).toHaveAttribute('aria-expanded', 'true');
  expect(pagefindRequests, 'no search code before typing').toEqual([]);

  const box = embed.getByRole('searchbox', { name: faqSearchText.topicPreset(faqTopicLabels.teens) });
  // "refuses" is in one teen question only ("school" now also finds every teen page, through its synonyms).
  await box.fill('refuses');
  const embedStatus = embed.getByRole('status');
  await expect(embedStatus).toContainText('“refuses”');
  const shown = embed.locator('[data-faq-entry]:not([hidden])');
  const matches = await shown.count();
  expect(matches).toBeGreaterThan(0);
  expect(matches).toBeLessThan(total);
  await expect(embedStatus).toHaveText(statusText({ count: matches, query: 'refuses', topicLabels: [], total }));
  expect(await shown.evaluateAll((all) => all.map((e) => (e as HTMLElement).dataset.topic))).toEqual(Array(matches).fill('teens'));
  await expect(page).toHaveURL(/\/guides\/teens\/$/);
  await expect(embed.getByRole('link', { name: faqSearchText.allOfTopic(faqTopicLabels.teens) })).toHaveAttribute('href', /\/faq\/\?topic=teens$/);
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

/** The crisis panel inside `scope`: its title, 988 and 911 links and the link to /help-now/, above every answer. */
async function expectCrisisHelpFirst(scope: Locator) {
  const panel = scope.getByRole('complementary', { name: en.text.crisisTitle });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(panel.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(panel.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(panel.getByRole('link', { name: /All help lines/ })).toHaveAttribute('href', /\/help-now\/$/);
  await expect(scope.getByRole('status')).toContainText(en.text.crisisStatus);
  // Above the status line and every shown answer, on the screen as in the reading order.
  const panelBottom = (await panel.boundingBox())!;
  const firstShown = scope.locator('[data-faq-entry]:not([hidden])').first();
  if ((await firstShown.count()) > 0) expect((await firstShown.boundingBox())!.y).toBeGreaterThanOrEqual(panelBottom.y + panelBottom.height);
  expect(await panel.evaluate((el) => {
    const entry = el.closest('.faq-search')!.querySelector('[data-faq-entry]:not([hidden])');
    return entry === null || Boolean(el.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
}

test('a crisis question shows help first: 988, 911 and the help-now page, above any answer', async ({ page }) => {
  const problems = await watchPage(page);
  await openFaq(page);
  await searchBox(page).fill('I want to kill myself');
  await expectCrisisHelpFirst(page.locator('.faq-search'));
  // An everyday question takes it away again.
  await searchBox(page).fill('insurance');
  await expect(status(page)).toContainText('“insurance”');
  await expect(page.locator('[data-faq-crisis]')).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('the FAQ search understands the words readers use: "my boss" finds the answer about keeping working', async ({ page }) => {
  await openFaq(page);
  await searchBox(page).fill('my boss');
  await expect(status(page)).toContainText('“my boss”');
  await expect(page.locator('[data-faq-entry="can-i-keep-working"]')).toBeVisible();
  await expect(question(page, 'Can I keep working during IOP?')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-faq-crisis]')).toHaveCount(0);
  // A word no answer uses at all still finds it, through the same synonyms.
  expect((await page.locator('.faq-list').textContent())!.toLowerCase()).not.toContain('coworker');
  await searchBox(page).fill('my coworkers');
  await expect(status(page)).toContainText('“my coworkers”');
  await expect(page.locator('[data-faq-entry="can-i-keep-working"]')).toBeVisible();
});

test('a misspelled word offers "Did you mean", which reruns the FAQ search', async ({ page }) => {
  await openFaq(page);
  await searchBox(page).fill('insurence');
  const offer = page.locator('[data-faq-suggest]').getByRole('button', { name: 'insurance' });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(searchBox(page)).toHaveValue('insurance');
  await expect(searchBox(page)).toBeFocused();
  await expect(page).toHaveURL(/[?&]q=insurance$/);
  await expect(status(page)).toContainText('“insurance”');
  await expect(page.locator('[data-faq-entry="does-insurance-cover-iop"]')).toBeVisible();
});

test('a guide\'s FAQ search shows the same crisis help first', async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto('guides/teens/');
  const embed = page.locator('.faq-search-embedded');
  await embed.scrollIntoViewIfNeeded();
  await embed.locator('xpath=ancestor::astro-island[not(@ssr)]').waitFor();
  await embed.getByRole('searchbox', { name: faqSearchText.topicPreset(faqTopicLabels.teens) }).fill('my son is thinking about suicide');
  await expectCrisisHelpFirst(embed);
  await expect(page).toHaveURL(/\/guides\/teens\/$/);
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test('each guide named in the FAQ ends with its own topic', async ({ page }) => {
  const guides = { 'paying-for-iop': 'cost-insurance', teens: 'teens', families: 'family', 'virtual-iop': 'virtual', 'after-iop': 'after-iop' } as const;
  for (const [guide, topic] of Object.entries(guides)) {
    await page.goto(`guides/${guide}/`);
    const embed = page.locator('.faq-search-embedded');
    await expect(embed.getByRole('heading', { level: 2 }), guide).toHaveText(faqSearchText.embedTitle(faqTopicLabels[topic]));
    const topics = await embed.locator('[data-faq-entry]').evaluateAll((all) => [...new Set(all.map((e) => (e as HTMLElement).dataset.topic))]);
    expect(topics, guide).toEqual([topic]);
  }
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

test('has no axe violations with results showing, nor when nothing matches, nor with crisis help or "Did you mean" (light and dark, 320 and 1280 px)', async ({ page }) => {
  // Eight scans in one visit: the scheme and width change in place, the results stay.
  test.setTimeout(4 * 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openFaq(page, 'faq/?q=work');
  await expect(status(page)).toContainText('“work”');
  await unfoldTopics(page);
  await topicButton(page, 'work-school').click();
  await expect(topicButton(page, 'work-school')).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toContainText(`“${faqTopicLabels['work-school']}”`);
  expectCleanInEveryLook(await axeInEveryLook(page, 900));

  // The empty state too.
  await searchBox(page).fill('zzqqxxy');
  await expect(page.locator('[data-faq-empty]').getByRole('link', { name: faqSearchText.helpNow })).toBeVisible();
  expectCleanInEveryLook(await axeInEveryLook(page, 900), false);

  // Crisis help above the results, and "Did you mean", with no overflow at 320 px either.
  await searchBox(page).fill('I want to kill myself');
  await expect(page.locator('[data-faq-crisis]')).toBeVisible();
  expectCleanInEveryLook(await axeInEveryLook(page, 900));
  await searchBox(page).fill('insurence');
  await expect(page.locator('[data-faq-suggest]')).toBeVisible();
  expectCleanInEveryLook(await axeInEveryLook(page, 900));
});

test.describe('in Spanish', () => {
  /** The Spanish answers as written: question, English guide id and section, first sentence of the answer. */
  const answersEs = readdirSync(spanishFaqDir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(spanishFaqDir, name), 'utf8');
      const field = (key: string) => new RegExp(`^${key}: "?(.*?)"?$`, 'm').exec(text)?.[1];
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      return {
        slug: name.replace(/\.mdx?$/, ''),
        question: field('question')!,
        topic: field('topic') as keyof typeof faqPagesEs.topics,
        section: field('section'),
        // The answer's first words that are plain text (no link, component or emphasis before them).
        opening: /^[^[<*_`\n]{12,}?(?=[.,;:?![<*_`]|$)/m.exec(body)?.[0]?.trim(),
      };
    });

  test('every Spanish question has its own page, and the list holds them all', () => {
    const built = builtPages().filter((p) => /^es\/preguntas\/[^/]+\/$/.test(p));
    expect(built.map((p) => p.split('/')[2]).sort()).toEqual(answersEs.map((a) => a.slug).sort());
  });

  test('a Spanish question page shows its answer in Spanish and links to the Spanish guide that answers it', async ({ page }) => {
    const answer = answersEs.find((a) => a.slug === 'cuantas-horas-por-semana')!;
    await page.goto(`es/preguntas/${answer.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(answer.question);
    await expect(page.getByRole('article')).toContainText(answer.opening!);
    await expect(page.getByRole('article')).toContainText(`${faqPagesEs.topicLine} ${faqPagesEs.topics[answer.topic]}`);
    const crumbs = page.getByRole('navigation', { name: uiText('es').chrome.breadcrumbLabel }).getByRole('link');
    await expect(crumbs).toHaveText([faqPagesEs.home, faqPagesEs.faqCrumb]);
    expect(await crumbs.nth(1).getAttribute('href')).toMatch(/\/es\/preguntas\/$/);

    const guideLink = page.getByRole('listitem').filter({ hasText: faqPagesEs.readMore }).getByRole('link');
    expect(await guideLink.getAttribute('href')).toMatch(/\/es\/guias\/[^/]+\/(#.+)?$/);
    const title = (await guideLink.textContent())!.trim();
    await guideLink.click();
    await expect(page).toHaveURL(/\/es\/guias\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    await page.goBack();
    await page.getByRole('link', { name: faqPagesEs.backToList }).click();
    await expect(page).toHaveURL(new RegExp(`/es/preguntas/#${answer.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(faqPagesEs.listTitle);
  });

  test('every Spanish answer links to a Spanish guide, and to the matching section when the English one names a section', async ({ page }) => {
    test.setTimeout(3 * 60_000);
    for (const answer of answersEs) {
      await page.goto(`es/preguntas/${answer.slug}/`);
      const href = (await page.getByRole('listitem').filter({ hasText: faqPagesEs.readMore }).getByRole('link').getAttribute('href'))!;
      expect(href, answer.slug).toMatch(answer.section ? /\/es\/guias\/[^/]+\/#.+$/ : /\/es\/guias\/[^/]+\/$/);
      if (answer.section) {
        await page.goto(href.replace(/^\//, ''));
        const id = decodeURIComponent(href.split('#')[1]!);
        await expect(page.locator(`[id="${id}"]`), `${answer.slug} → ${href}`).toHaveCount(1);
      }
    }
  });

  test('the Spanish list groups every question under Spanish topic names, with JavaScript off too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('es/preguntas/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(faqPagesEs.listTitle);
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(answersEs.length);
    for (const answer of answersEs) await expect(page.getByRole('heading', { level: 3, name: answer.question })).toHaveCount(1);
    const topics = page.getByRole('navigation', { name: faqPagesEs.topicsTitle });
    await expect(topics).toBeVisible();
    const used = [...new Set(answersEs.map((a) => a.topic))];
    const links = topics.getByRole('link');
    await expect(links).toHaveCount(used.length);
    for (const topic of used) {
      const count = answersEs.filter((a) => a.topic === topic).length;
      await expect(topics.getByRole('listitem').filter({ hasText: faqPagesEs.topics[topic] })).toHaveText(`${faqPagesEs.topics[topic]} (${count})`);
    }
    await context.close();
  });
});
