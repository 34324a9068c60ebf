// Checks on the built files themselves (no browser needed, but they need the build, so they run here).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, distDir } from './support/site.ts';

const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');
const executableScripts = (text: string) =>
  [...text.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
const srcOf = (attrs: string) => /src="([^"]+)"/.exec(attrs)?.[1];

/** The one small site script (copy link, share, print) every page may load. */
const siteScript = /\/_astro\/BaseLayout\.astro_astro_type_script_[\w.-]+\.js$/;
/** Pages whose search runs on a small script of their own (no framework). */
const searchPages = new Set(['search/', 'faq/']);

test('pages without a tool load only the small site script, and no framework', () => {
  for (const page of [...builtPages(), '404.html']) {
    const text = page.endsWith('.html') ? readFileSync(join(distDir, page), 'utf8') : html(page);
    // A tool is a React island; only pages that hold one may load the framework.
    if (text.includes('<astro-island')) continue;
    const scripts = executableScripts(text);
    expect(scripts.filter((attrs) => !srcOf(attrs)), `inline scripts on /${page}`).toEqual([]);
    const others = scripts.map(srcOf).filter((src) => !siteScript.test(src ?? ''));
    if (searchPages.has(page)) {
      expect(others.filter((src) => /client\.[\w-]+\.js/.test(src ?? '')), `/${page} must not load React`).toEqual([]);
      continue;
    }
    expect(others, `scripts on /${page} besides the site script`).toEqual([]);
  }
});

test('the site script stays within its 2 kB (gzip) budget', () => {
  const page = html('guides/what-is-iop/');
  const src = executableScripts(page).map(srcOf).find((s) => siteScript.test(s ?? ''));
  expect(src, 'guide pages load the site script').toBeTruthy();
  const base = process.env.BASE ? `/${process.env.BASE.replace(/^\/+|\/+$/g, '')}` : '';
  const bytes = gzipSync(readFileSync(join(distDir, src!.slice(base.length)))).length;
  expect(bytes).toBeLessThanOrEqual(2048);
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
