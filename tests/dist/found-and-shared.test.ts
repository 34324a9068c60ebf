// What search engines and chat apps read: sitemap, canonical and Open Graph URLs, JSON-LD, and a
// 1200×630 link-preview image for every guide and main page. Read from the built files.
import { expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../e2e/support/site.ts';
import { basePath } from '../e2e/support/html.ts';

const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');
const meta = (text: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(text)?.[1]?.replaceAll('&amp;', '&');
const canonicalOf = (text: string) => /<link rel="canonical" href="([^"]+)"/.exec(text)?.[1];
const jsonLdOf = (text: string) =>
  [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

/** The file in dist/ for an absolute URL of this site. */
function distFileFor(url: string): string {
  const path = new URL(url).pathname;
  expect(path.startsWith(basePath), `${url} is under ${basePath}`).toBe(true);
  return join(distDir, path.slice(basePath.length));
}

test('every built page is in the sitemap, and every sitemap URL is a built page', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const urls = sitemaps.flatMap((sitemap) => [...readFileSync(distFileFor(sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  const pagesFromSitemap = urls.map((url) => new URL(url).pathname.slice(basePath.length)).sort();
  expect(pagesFromSitemap).toEqual(builtPages());
  expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${sitemaps.length ? new URL(basePath + 'sitemap-index.xml', sitemaps[0]).href : ''}`);
});

test('canonical and Open Graph URLs are absolute and name the page itself', () => {
  for (const page of builtPages()) {
    const text = html(page);
    const canonical = canonicalOf(text)!;
    expect(new URL(canonical).pathname, `/${page}`).toBe(`${basePath}${page}`);
    expect(meta(text, 'og:url'), `/${page}`).toBe(canonical);
    for (const name of ['og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:image']) expect(meta(text, name), `${name} on /${page}`).toBeTruthy();
    expect(meta(text, 'og:image'), `/${page}`).toMatch(/^https?:\/\/.+\.png$/);
  }
});

test('every link-preview image exists and is a 1200×630 PNG', () => {
  const images = new Set(builtPages().map((page) => meta(html(page), 'og:image')!));
  const guides = builtPages().filter((p) => /^guides\/[^/]+\/$/.test(p));
  for (const guide of guides) expect(meta(html(guide), 'og:image'), guide).toContain(`/og/guide-${guide.split('/')[1]}.png`);
  for (const page of ['', 'faq/', 'tools/']) expect(meta(html(page), 'og:image'), `/${page}`).not.toBe(meta(html('guides/teens/'), 'og:image'));
  for (const url of images) {
    const file = distFileFor(url);
    expect(existsSync(file), url).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii'), url).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  }
});

test('JSON-LD parses and carries the fields search engines need', () => {
  const home = jsonLdOf(html(''));
  const site = home.find((d) => d['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } } | undefined;
  expect(site?.potentialAction.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);

  for (const page of builtPages().filter((p) => /^guides\/[^/]+\/$/.test(p))) {
    const data = jsonLdOf(html(page));
    const medical = data.find((d) => d['@type'] === 'MedicalWebPage');
    expect(medical, `/${page}`).toMatchObject({ '@context': 'https://schema.org', url: canonicalOf(html(page)) });
    expect(medical?.lastReviewed, `/${page}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((medical?.audience as unknown[]).length, `/${page}`).toBeGreaterThan(0);
    expect(medical?.about, `/${page}`).toBeTruthy();
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] } | undefined;
    expect(crumbs?.itemListElement.map((i) => i.position), `/${page}`).toEqual([1, 2, 3]);
    expect(crumbs?.itemListElement.at(-1)?.item).toBe(canonicalOf(html(page)));
  }
});

test('every address in the structured data is a page of this site, under its base path', () => {
  const siteOrigin = new URL(canonicalOf(html(''))!).origin;
  const wrong: string[] = [];
  const visit = (value: unknown, page: string) => {
    if (typeof value === 'string') {
      if (!/^https?:\/\//.test(value) || value === 'https://schema.org') return;
      const url = new URL(value.replace('{search_term_string}', 'x'));
      if (url.origin !== siteOrigin) return; // a source cited by the page, not an address of this site
      const path = url.pathname.slice(basePath.length);
      if (!url.pathname.startsWith(basePath) || !existsSync(join(distDir, path, path === '' || path.endsWith('/') ? 'index.html' : ''))) wrong.push(`/${page}: ${value}`);
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) visit(inner, page);
    }
  };
  let addresses = 0;
  for (const page of builtPages()) {
    for (const data of jsonLdOf(html(page))) {
      addresses += JSON.stringify(data).split(siteOrigin).length - 1;
      visit(data, page);
    }
  }
  expect(addresses, 'site addresses in the structured data').toBeGreaterThan(50);
  expect(wrong).toEqual([]);
});

test('each FAQ list page describes every question and answer as an FAQPage (microdata on the visible text)', () => {
  for (const [page, questionPage] of [['faq/', /^faq\/[^/]+\/$/], ['es/preguntas/', /^es\/preguntas\/[^/]+\/$/]] as const) {
    const window = new Window();
    window.document.write(html(page));
    const pages = window.document.querySelectorAll('[itemscope][itemtype="https://schema.org/FAQPage"]');
    expect(pages.length, page).toBe(1);
    const faq = pages[0]!;
    expect(faq.querySelector(':scope > meta[itemprop="url"]')?.getAttribute('content'), page).toBe(canonicalOf(html(page)));
    const questions = [...faq.querySelectorAll('[itemprop="mainEntity"][itemtype="https://schema.org/Question"]')];
    expect(questions.length, page).toBe(builtPages().filter((p) => questionPage.test(p)).length);
    for (const q of questions) {
      const name = q.querySelector('[itemprop="name"]')?.textContent?.trim() ?? '';
      expect(name, page).toMatch(/\?$/);
      const answer = q.querySelector('[itemprop="acceptedAnswer"][itemtype="https://schema.org/Answer"] [itemprop="text"]');
      const text = answer?.textContent?.trim() ?? '';
      expect(text.length, name).toBeGreaterThan(40);
      expect(text, name).not.toMatch(/[<>{}]|undefined|\]\(/);
    }
    // The answers are described once, on the page itself: no second copy as JSON-LD.
    expect(jsonLdOf(html(page)).some((d) => d['@type'] === 'FAQPage'), page).toBe(false);
    window.close();
  }
});

test('deploy headers protect every page and cache only fingerprinted files for good', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  const prefix = basePath.replace(/\/$/, '');
  for (const header of ['Strict-Transport-Security', "frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy']) {
    expect(headers).toContain(header);
  }
  expect(headers).toMatch(new RegExp(`^${prefix}/_astro/\\*\\n\\s+Cache-Control: [^\\n]*immutable`, 'm'));
  expect(headers).toMatch(new RegExp(`^${prefix}/pagefind/pagefind-entry\\.json\\n\\s+Cache-Control: (?![^\\n]*immutable)`, 'm'));
});
