// Every built page, read from dist/, in one visit: it loads cleanly (status, landmarks, help link, quiet
// console, inside its CSP, no outside requests, no cookies), uses respectful words and names no price,
// and axe finds nothing in light and dark at 320 and 1280 px: the colour scheme and the width change in
// place and axe scans again. A second, cheap visit with JavaScript off checks it still reads.
import { expect, test } from './support/fixtures.ts';
import { axeInEveryLook, expectCleanInEveryLook } from './support/axe.ts';
import { showEverything } from './support/page-ready.ts';
import { dollarAmount, stigmatizingFor } from './support/respectful-words.ts';
import { notFoundPath, pagesToVisit } from './support/site.ts';
import { watchPage } from './support/watch-page.ts';
import { chromeEn } from '../../src/i18n/en/chrome.ts';
import { chromeEs } from '../../src/i18n/es/chrome.ts';

const desktop = { width: 1280, height: 900 };

for (const path of pagesToVisit()) {
  const expectedStatus = path === notFoundPath ? 404 : 200;
  // The frame's words in the page's language: Spanish under es/, English elsewhere.
  const chrome = /^es\//.test(path) ? chromeEs : chromeEn;

  test.describe(`/${path}`, () => {
    test('loads cleanly, uses respectful words, and has no axe violations (light and dark, 320 and 1280 px)', async ({ page, context }) => {
      // Four axe scans in one test: allow what four tests were allowed (60 s each on a loaded machine).
      test.setTimeout(4 * 60_000);
      const problems = await watchPage(page, { expectedStatus });
      await page.setViewportSize(desktop);
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(expectedStatus);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('link', { name: chrome.helpNow, exact: true })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText(chrome.footer.notMedicalAdvice);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("'unsafe-inline'");

      // Bring every island into view so it hydrates, as a reader scrolling the page would.
      await showEverything(page);

      if (path !== notFoundPath) {
        // Source titles are quoted as published, so they are left out of the check.
        const text = await page.getByRole('main').evaluate((main) => {
          const copy = main.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sources').forEach((s) => s.remove());
          return copy.innerText;
        });
        for (const pattern of stigmatizingFor(path)) expect.soft(text, `matches ${pattern}`).not.toMatch(pattern);
        expect.soft(text, 'names a price').not.toMatch(dollarAmount);
      }

      expectCleanInEveryLook(await axeInEveryLook(page));

      // Collected over the whole visit: load, hydration, and every change of scheme and width.
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(await problems.cspViolations(), 'CSP violations').toEqual([]);
      expect(problems.outsideRequests, 'requests to other origins').toEqual([]);
      // Nothing of the search index loads before a reader searches (every island has hydrated by now).
      await page.waitForLoadState('networkidle');
      expect(problems.pagefindRequests, 'requests to /pagefind/ before a search').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });

    test('is readable with JavaScript turned off', async ({ noJsPage: page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(expectedStatus);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.getByRole('main').innerText();
      expect(text.trim().length, 'characters of readable main text').toBeGreaterThan(150);
    });
  });
}
