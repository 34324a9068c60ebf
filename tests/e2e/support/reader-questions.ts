// The reader-question measure shared by the English and Spanish question sets: each question is typed
// into the search page of its language (one page, reused); an answering page must be in the top 3 for at
// least 95% of them, every crisis question must show help first, no other question may, and each
// misspelled question gets its "Did you mean" (and no other question does).
import { expect, type Page } from '@playwright/test';

export interface ReaderQuestion {
  /** Who asks it, as a reminder of whose words these are. */
  who: 'family' | 'teen' | 'referrer' | 'visitor';
  q: string;
  /** Pages that answer it (paths from the site root); one of them must be in the top 3. */
  answers: string[];
  /** The misspelled question's “Did you mean” link; a question without one must get none. */
  didYouMean?: string;
  /** The words mention danger: crisis help must show above every result. */
  crisis?: boolean;
  /** Asked only once this page is built (guides still being written); see comingGuideQuestions. */
  needs?: string;
}

export interface QuestionSet {
  /** The search page, relative to the base ("search/", "es/buscar/"). */
  path: string;
  /** The search box's label on that page. */
  boxLabel: string;
  /** The "Did you mean" line as the page shows it, for a corrected query. */
  didYouMean: (query: string) => string;
  /** Printed before the figures ("Reader questions", "Spanish reader questions"). */
  name: string;
  questions: readonly ReaderQuestion[];
}

/** Types a question as a reader would, and waits for the page to say it has answered that question. */
async function ask(page: Page, boxLabel: string, question: string) {
  const box = page.getByLabel(boxLabel);
  await box.fill(question);
  await box.press('Enter');
  const shown = question.replace(/\s+/g, ' ').trim();
  await expect(page.locator('#search-status')).toContainText(`“${shown}”`, { timeout: 20_000 });
  return page.evaluate(() => {
    const results = document.querySelector('#search-results');
    const crisis = document.querySelector<HTMLElement>('[data-search-crisis]');
    const crisisShown = !!crisis && !crisis.hidden && crisis.getBoundingClientRect().height > 0;
    const crisisFirst =
      crisisShown && !!results && !!(crisis.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING);
    const top = Array.from(document.querySelectorAll<HTMLAnchorElement>('#search-results > li h2 a'))
      .slice(0, 3)
      .map((a) => new URL(a.href).pathname);
    const suggestion = document.querySelector<HTMLElement>('[data-search-suggest]:not([hidden])')?.textContent ?? null;
    return { top, crisisShown, crisisFirst, suggestion };
  });
}

/** Asks every question of the set and checks the figures; prints the top-3 share. */
export async function measureQuestions(page: Page, baseURL: string | undefined, set: QuestionSet): Promise<void> {
  const base = new URL(baseURL ?? 'http://localhost/').pathname.replace(/\/$/, '');
  await page.goto(set.path);
  const misses: string[] = [];
  const crisisMisses: string[] = [];
  const spellingMisses: string[] = [];
  for (const question of set.questions) {
    const { top, crisisShown, crisisFirst, suggestion } = await ask(page, set.boxLabel, question.q);
    const expected = question.didYouMean ? set.didYouMean(question.didYouMean) : null;
    if (suggestion !== expected) spellingMisses.push(`  “${question.q}” → ${suggestion ?? '(no suggestion)'}`);
    const paths = top.map((p) => (p.startsWith(base) ? p.slice(base.length) : p));
    if (!paths.some((p) => question.answers.includes(p))) misses.push(`  “${question.q}” → ${paths.join(', ') || '(nothing)'}`);
    if (question.crisis && !(crisisShown && crisisFirst)) crisisMisses.push(`  “${question.q}”`);
    // And the reverse: crisis help stays away from ordinary questions.
    if (!question.crisis && crisisShown) crisisMisses.push(`  “${question.q}” (help shown for an ordinary question)`);
  }
  const asked = set.questions.length;
  const passed = asked - misses.length;
  const share = (100 * passed) / asked;
  const crisisCount = set.questions.filter((q) => q.crisis).length;
  console.log(
    `${set.name}: ${passed} of ${asked} (${share.toFixed(1)}%) have an answering page in the top 3; ` +
      `crisis help first on ${crisisCount - crisisMisses.length} of ${crisisCount} crisis questions.` +
      (misses.length > 0 ? `\nNot in the top 3:\n${misses.join('\n')}` : ''),
  );
  expect(spellingMisses, 'a “Did you mean” for each misspelled question, and none for the others').toEqual([]);
  expect(crisisMisses, 'crisis help must show first for every crisis question, and only for them').toEqual([]);
  expect(share, `top-3 share (misses:\n${misses.join('\n')})`).toBeGreaterThanOrEqual(95);
}
