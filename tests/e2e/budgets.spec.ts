// The page-weight budgets in budgets.json, checked on the built site. Byte counts on dist/ (gzip), never
// timings, so the result does not depend on the machine or its load. `npm run bench` shows the numbers.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { basePath } from './support/html.ts';
import { type PageWeight, siteCss, sum, weighSite } from './support/page-weight.ts';
import { distDir } from './support/site.ts';
import { watchPage } from './support/watch-page.ts';

const { budgets } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../budgets.json'), 'utf8')) as {
  budgets: {
    frameworkJsGzipOnPagesWithoutATool: number;
    totalJsGzipOnAToolPage: number;
    widgetOwnJsGzipPerIsland: number;
    siteCssGzip: number;
    htmlGzipPerPage: number;
    pagefindMentionsInHtml: number;
  };
};

let measured: PageWeight[] | undefined;
const pages = () => (measured ??= weighSite({ distDir, basePath }));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

test('pages without a tool load no framework JavaScript', () => {
  for (const page of pages().filter((p) => !p.isToolPage)) {
    const framework = page.js.filter((a) => a.framework);
    expect(sum(framework).gzip, `${page.url} loads framework code: ${framework.map((a) => a.path).join(', ')}`).toBeLessThanOrEqual(
      budgets.frameworkJsGzipOnPagesWithoutATool,
    );
  }
});

test(`a tool page loads at most ${kB(budgets.totalJsGzipOnAToolPage)} of JavaScript (gzip)`, () => {
  const toolPages = pages().filter((p) => p.isToolPage);
  if (toolPages.length === 0) test.info().annotations.push({ type: 'note', description: 'no page has a tool island yet' });
  for (const page of toolPages) {
    const total = sum(page.js).gzip;
    const list = page.js.map((a) => `${a.path} ${kB(a.bytes.gzip)}`).join(', ');
    expect(total, `${page.url} loads ${kB(total)} of JS: ${list}`).toBeLessThanOrEqual(budgets.totalJsGzipOnAToolPage);
  }
});

test(`each widget's own code is at most ${kB(budgets.widgetOwnJsGzipPerIsland)} (gzip), React and Astro's runtime aside`, () => {
  const islands = pages().flatMap((p) => p.islands.map((island) => ({ page: p.url, ...island })));
  expect(islands.length, 'islands on the built site').toBeGreaterThan(0);
  for (const island of islands) {
    const own = sum(island.ownJs).gzip;
    const list = island.ownJs.map((a) => `${a.path} ${kB(a.bytes.gzip)}`).join(', ');
    expect(own, `${island.page} ${island.component}: ${kB(own)} of its own: ${list}`).toBeLessThanOrEqual(budgets.widgetOwnJsGzipPerIsland);
  }
});

test('every island hydrates with React, from a chunk of its own', () => {
  for (const page of pages().filter((p) => p.isToolPage)) {
    const react = page.js.filter((a) => a.framework && !a.path.startsWith('inline'));
    expect(react.map((a) => a.path).filter((path) => /\/react\.[\w-]+\.js$/.test(path)), `${page.url} loads React`).toHaveLength(1);
  }
});

test(`the whole site's CSS is at most ${kB(budgets.siteCssGzip)} (gzip)`, () => {
  const css = siteCss(pages());
  const list = css.map((a) => `${a.path} ${kB(a.bytes.gzip)}`).join(', ');
  expect(sum(css).gzip, `site CSS: ${list}`).toBeLessThanOrEqual(budgets.siteCssGzip);
});

test(`no page's HTML is over ${kB(budgets.htmlGzipPerPage)} (gzip)`, () => {
  for (const page of pages()) {
    expect(page.html.gzip, `${page.url} HTML`).toBeLessThanOrEqual(budgets.htmlGzipPerPage);
  }
});

test('no page refers to Pagefind before a search', () => {
  for (const page of pages()) {
    expect(page.pagefindMentions.length, `${page.url} mentions /pagefind/: ${page.pagefindMentions.join(' … ')}`).toBeLessThanOrEqual(
      budgets.pagefindMentionsInHtml,
    );
    const loaded = page.js.filter((a) => a.path.includes('/pagefind/')).map((a) => a.path);
    expect(loaded, `${page.url} imports Pagefind on load`).toEqual([]);
  }
});

// That no page fetches anything from Pagefind before a search is checked in every page's one visit
// (every-page.spec.ts), with the watch below, which proves it sees Pagefind when a reader does search.

test('the same watch sees Pagefind load once a reader searches', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('search/');
  expect(watch.pagefindRequests, 'Pagefind requests before searching').toEqual([]);
  await page.getByLabel('Search words').fill('work');
  await expect(page.getByRole('main').getByRole('status')).toContainText('work');
  expect(watch.pagefindRequests.length, 'Pagefind requests after searching').toBeGreaterThan(0);
});
