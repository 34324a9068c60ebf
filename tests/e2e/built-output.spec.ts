// Checks on the built files themselves (no browser needed, but they need the build, so they run here).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './support/site.ts';

const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');

/** Pages that hold an interactive tool and may ship script. */
const scriptedPages = new Set(['search/']);

test('pages without a tool ship no JavaScript at all', () => {
  for (const page of builtPages()) {
    if (scriptedPages.has(page)) continue;
    expect(html(page).match(/<script\b/g) ?? [], `script tags on /${page}`).toEqual([]);
  }
  expect(readFileSync(join(distDir, '404.html'), 'utf8')).not.toMatch(/<script\b/);
});

test('only content pages are in the search index', () => {
  for (const page of builtPages()) {
    const indexed = /<main[^>]*data-pagefind-body/.test(html(page));
    const shouldIndex = page.startsWith('guides/') && page !== 'guides/';
    if (shouldIndex) expect(indexed, `/${page} should be searchable`).toBe(true);
    if (page === 'search/' || page === '') expect(indexed, `/${page} should not be indexed`).toBe(false);
  }
});

test('every page has a description and a canonical URL', () => {
  for (const page of builtPages()) {
    const text = html(page);
    expect(text, `/${page}`).toMatch(/<meta name="description" content="[^"]{50,160}"/);
    expect(text, `/${page}`).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
  }
});
