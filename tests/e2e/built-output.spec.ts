// Checks on the built files themselves (no browser needed, but they need the build, so they run here).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './support/site.ts';

const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');

/** Pages whose search runs on a small script of their own (no framework). */
const searchPages = new Set(['search/', 'faq/']);

test('pages without a tool ship no JavaScript at all', () => {
  for (const page of builtPages()) {
    const text = html(page);
    // A tool is a React island; only pages that hold one may load the framework.
    if (text.includes('<astro-island')) continue;
    if (searchPages.has(page)) {
      expect(text, `/${page} must not load React`).not.toMatch(/_astro\/client\.[\w-]+\.js/);
      continue;
    }
    expect(text.match(/<script\b/g) ?? [], `script tags on /${page}`).toEqual([]);
  }
  expect(readFileSync(join(distDir, '404.html'), 'utf8')).not.toMatch(/<script\b/);
});

test('only content pages are in the search index', () => {
  for (const page of builtPages()) {
    const indexed = /<main[^>]*data-pagefind-body/.test(html(page));
    // Each FAQ question has its own page (/faq/<slug>/), so a search result is one question.
    const shouldIndex = (page.startsWith('guides/') && page !== 'guides/') || /^faq\/[^/]+\/$/.test(page);
    if (shouldIndex) expect(indexed, `/${page} should be searchable`).toBe(true);
    // The FAQ list repeats those pages, so indexing it too would show every answer twice.
    if (page === 'search/' || page === '' || page === 'faq/') expect(indexed, `/${page} should not be indexed`).toBe(false);
  }
});

test('every page has a description and a canonical URL', () => {
  for (const page of builtPages()) {
    const text = html(page);
    expect(text, `/${page}`).toMatch(/<meta name="description" content="[^"]{50,160}"/);
    expect(text, `/${page}`).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
  }
});
