// Checks on the built files themselves: read from dist/ in Node, after the build (vitest.dist.config.ts).
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, distDir } from '../e2e/support/site.ts';

const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');
const executableScripts = (text: string) =>
  [...text.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
const srcOf = (attrs: string) => /src="([^"]+)"/.exec(attrs)?.[1];

/** The one small site script (copy link, share, print) every page may load. */
const siteScript = /\/_astro\/BaseLayout\.astro_astro_type_script_[\w.-]+\.js$/;
/** Pages whose search runs on a small script of their own (no framework). */
const searchPages = new Set(['search/', 'faq/', 'es/buscar/', 'es/preguntas/']);
/**
 * Framework code, by chunk name: Astro's island renderer (client.*), React's own chunk (react.*: react,
 * react-dom and scheduler, see astro.config.mjs) and the names they would take if split apart again.
 */
const frameworkChunk = /\/(?:client|react|react-dom|jsx-runtime|scheduler|[\w-]+\.module)\.[\w-]+\.js$/;

const base = process.env.BASE ? `/${process.env.BASE.replace(/^\/+|\/+$/g, '')}` : '';
/** A script address as a file in dist/ ("/_astro/x.js" → "_astro/x.js"). */
const fileOf = (src: string) => src.slice(base.length).replace(/^\//, '');

/** Every /_astro file a script brings in: the file itself and the chunks it imports, statically or later. */
function chunksOf(src: string, seen = new Set<string>()): Set<string> {
  const file = fileOf(src);
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) chunksOf(`${base}/_astro/${m[1]}`, seen);
  return seen;
}

test('pages without a tool load only the small site script, and no framework', () => {
  for (const page of [...builtPages(), '404.html']) {
    const text = page.endsWith('.html') ? readFileSync(join(distDir, page), 'utf8') : html(page);
    // A tool is a React island; only pages that hold one may load the framework.
    if (text.includes('<astro-island')) continue;
    const scripts = executableScripts(text);
    expect(scripts.filter((attrs) => !srcOf(attrs)), `inline scripts on /${page}`).toEqual([]);
    const srcs = scripts.map(srcOf).filter((src) => src !== undefined);
    // Followed through their imports: a script of the page's own could bring the framework in.
    const loaded = srcs.flatMap((src) => [...chunksOf(src)]);
    expect(loaded.filter((file) => frameworkChunk.test(`/${file}`)), `/${page} must not load React`).toEqual([]);
    if (searchPages.has(page)) continue;
    expect(srcs.filter((src) => !siteScript.test(src)), `scripts on /${page} besides the site script`).toEqual([]);
  }
});

test('the framework check above recognises the framework where a tool does load it', () => {
  // Chunk names come from the framework's files; if they change, the check above would pass unseen.
  for (const page of ['tools/hours-estimator/', 'tools/compare-levels/', 'tools/questions-to-ask/']) {
    const text = html(page);
    const urls = [...text.matchAll(/<astro-island\b[^>]*\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls, `/${page} has an island`).not.toEqual([]);
    const loaded = urls.flatMap((src) => [...chunksOf(src)]);
    expect(loaded.some((file) => /\/client\.[\w-]+\.js$/.test(`/${file}`)), `/${page}: the renderer`).toBe(true);
    expect(loaded.filter((file) => frameworkChunk.test(`/${file}`) && !/^_astro\/client\./.test(file)), `/${page}: React itself`).not.toEqual([]);
  }
});

test('the site script stays within its 2 kB (gzip) budget', () => {
  const page = html('guides/what-is-iop/');
  const src = executableScripts(page).map(srcOf).find((s) => siteScript.test(s ?? ''));
  expect(src, 'guide pages load the site script').toBeTruthy();
  const bytes = gzipSync(readFileSync(join(distDir, src!.slice(base.length)))).length;
  expect(bytes).toBeLessThanOrEqual(2048);
});

test('only content pages are in the search index', () => {
  for (const page of builtPages()) {
    const indexed = /<main[^>]*data-pagefind-body/.test(html(page));
    // Each FAQ question has its own page (/faq/<slug>/), so a search result is one question.
    const shouldIndex =
      (page.startsWith('guides/') && page !== 'guides/') ||
      /^faq\/[^/]+\/$/.test(page) ||
      (page.startsWith('es/guias/') && page !== 'es/guias/') ||
      /^es\/preguntas\/[^/]+\/$/.test(page);
    if (shouldIndex) expect(indexed, `/${page} should be searchable`).toBe(true);
    // The FAQ list repeats those pages, so indexing it too would show every answer twice.
    if (['search/', '', 'faq/', 'es/buscar/', 'es/', 'es/preguntas/'].includes(page)) expect(indexed, `/${page} should not be indexed`).toBe(false);
  }
});

test('every page has a description and a canonical URL', () => {
  for (const page of builtPages()) {
    const text = html(page);
    expect(text, `/${page}`).toMatch(/<meta name="description" content="[^"]{50,160}"/);
    expect(text, `/${page}`).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
  }
});
