// The site built for a sub-folder (BASE=/iop-guide/, into tmp/base-path/dist) and served there: every
// page answers, and everything it loads (styles, scripts, islands, icons, preview image) comes from
// under the base and arrives. Links, anchors and asset addresses in the built files are checked in Node
// (tests/dist, run over the same build); the journeys themselves run once, on the root build.
import { expect, test } from '../support/fixtures.ts';
import { basePath } from '../support/html.ts';
import { showEverything } from '../support/page-ready.ts';
import { notFoundPath, pagesToVisit } from '../support/site.ts';
import { watchPage } from '../support/watch-page.ts';

test('this suite runs against a build under a base path', () => {
  expect(basePath, 'run with BASE=/iop-guide/ (npm test does)').not.toBe('/');
});

/** Icons and preview images already fetched by this worker: most pages name the same ones. */
const fetchedOnce = new Set<string>();

for (const path of pagesToVisit()) {
  const expectedStatus = path === notFoundPath ? 404 : 200;

  test(`/${path} answers under the base and loads its styles, scripts and images from there`, async ({ page, baseURL }) => {
    const problems = await watchPage(page, { expectedStatus });
    const fetched: { url: string; status: number; type: string }[] = [];
    page.on('response', (r) => fetched.push({ url: r.url(), status: r.status(), type: r.request().resourceType() }));
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));

    const response = await page.goto(path);
    expect(response?.status()).toBe(expectedStatus);
    await expect(page.locator('h1')).toHaveCount(1);
    await showEverything(page);

    const origin = new URL(baseURL!).origin;
    const ownRequests = fetched.filter((f) => f.url.startsWith(origin));
    expect(ownRequests.length, 'requests to the site').toBeGreaterThan(1);
    expect(ownRequests.filter((f) => !new URL(f.url).pathname.startsWith(basePath)).map((f) => f.url), 'requests outside the base').toEqual([]);
    const pageUrl = new URL(path, baseURL).href;
    expect(ownRequests.filter((f) => f.status >= 400 && f.url !== pageUrl).map((f) => `${f.status} ${f.url}`), 'failed loads').toEqual([]);
    expect(failed, 'requests that never completed').toEqual([]);

    // Styles: the site's CSS is inlined into each page (one request fewer on a first visit), so the page
    // has its rules in place; any stylesheet link it still names arrived from under the base and applies.
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
    );
    expect(sheets.reduce((sum, sheet) => sum + sheet.rules, 0), 'CSS rules in force').toBeGreaterThan(20);
    for (const sheet of sheets.filter((s) => s.href)) {
      expect(new URL(sheet.href!).pathname.startsWith(basePath), `${sheet.href} is under the base`).toBe(true);
      expect(sheet.rules, `rules from ${sheet.href}`).toBeGreaterThan(0);
    }
    // The site's own CSS applies (a browser's default body margin is 8px).
    expect(await page.evaluate(() => getComputedStyle(document.body).marginLeft), 'the site CSS resets the body margin').toBe('0px');

    // Scripts: each one the page names was fetched from under the base, with success.
    const scripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
    for (const src of scripts) {
      expect(new URL(src).pathname.startsWith(basePath), `${src} is under the base`).toBe(true);
      expect(ownRequests.find((f) => f.url === src)?.status, `${src} loaded`).toBe(200);
    }

    // Images in the page, and the ones it names for browsers and link previews.
    const images = await page.evaluate(() => [...document.images].map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 })));
    for (const image of images) expect(image.ok, `${image.src} shows`).toBe(true);
    const named = await page.evaluate(() => [
      ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')].map((l) => l.href),
      ...[...document.querySelectorAll<HTMLMetaElement>('meta[property="og:image"]')].map((m) => m.content),
    ]);
    expect(named.length, 'icons, manifest and preview image').toBeGreaterThanOrEqual(3);
    for (const url of named) {
      const served = new URL(new URL(url).pathname, origin).href; // og:image names the public address
      expect(new URL(served).pathname.startsWith(basePath), `${url} is under the base`).toBe(true);
      if (fetchedOnce.has(served)) continue;
      expect((await page.request.get(served)).status(), served).toBe(200);
      fetchedOnce.add(served);
    }

    // Links in the page as the reader has it (islands hydrated) stay under the base.
    const rootLinks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].map((a) => a.getAttribute('href')!),
    );
    expect(rootLinks.filter((href) => !href.startsWith(basePath)), 'links outside the base').toEqual([]);

    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(await problems.cspViolations(), 'CSP violations').toEqual([]);
  });
}
