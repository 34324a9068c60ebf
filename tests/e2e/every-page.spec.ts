// Every built page, read from dist/: accessible in light and dark at phone and desktop widths, quiet
// in the console, inside its CSP, private (no outside requests, no cookies), and readable without JS.
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { notFoundPath, pagesToVisit } from './support/site.ts';
import { watchPage } from './support/watch-page.ts';

const viewports = [
  { name: 'phone', width: 320, height: 720 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

for (const path of pagesToVisit()) {
  const expectedStatus = path === notFoundPath ? 404 : 200;

  test.describe(`/${path}`, () => {
    test('loads cleanly: status, one h1, help link, no console errors, no CSP violations, no outside requests, no cookies', async ({ page, context }) => {
      const problems = await watchPage(page, { expectedStatus });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(expectedStatus);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Need help now?' })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText('not medical advice');
      // Scroll to the end so anything that loads on view (islands) loads, then check again.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(await problems.cspViolations(), 'CSP violations').toEqual([]);
      expect(problems.outsideRequests, 'requests to other origins').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("'unsafe-inline'");
    });

    for (const viewport of viewports) {
      for (const scheme of schemes) {
        test(`has no axe violations (${scheme}, ${viewport.width}px)`, async ({ page }) => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(path, { waitUntil: 'networkidle' });
          expect(await axeViolations(page)).toEqual([]);
          // Nothing wider than the screen: a phone reader never scrolls sideways to read.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        });
      }
    }

    test('is readable with JavaScript turned off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.getByRole('main').innerText();
      expect(text.trim().length, 'characters of readable main text').toBeGreaterThan(150);
      await context.close();
    });
  });
}
