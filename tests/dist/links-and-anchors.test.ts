// Every internal link, #anchor and asset address in the built site leads somewhere real (under the base
// path when there is one), and outside links go only to public health bodies and journals (never to a
// treatment provider). Read from dist/ in Node.
import { expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../e2e/support/site.ts';
import { basePath, fileForPath, hrefsIn, idsIn, readBuilt } from '../e2e/support/html.ts';

/** Hosts the site may link to: US government, professional bodies, journals, and help lines. */
const allowedHost =
  /(^|\.)(gov|doi\.org|asam\.org|jmir\.org|psychiatryonline\.org|springer\.com|988lifeline\.org|crisistextline\.org|veteranscrisisline\.net|nami\.org|samhsa\.gov|jointcommission\.org|carf\.org|smartrecovery\.org)$/;

const pages = [...builtPages().map((p) => join(distDir, p, 'index.html')), join(distDir, '404.html')];

test('every internal link and anchor resolves to a built page and an element id', () => {
  const broken: string[] = [];
  for (const file of pages) {
    const html = readBuilt(file);
    const pagePath = basePath + file.slice(distDir.length + 1).replace(/index\.html$|404\.html$/, '');
    for (const href of hrefsIn(html)) {
      if (/^(tel|sms|mailto):/.test(href) || /^https?:/.test(href)) continue;
      const url = new URL(href, `http://site${pagePath}`);
      const target = fileForPath(url.pathname);
      if (!target) {
        broken.push(`${pagePath} → ${href} (no such page)`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsIn(readBuilt(target)).has(id)) broken.push(`${pagePath} → ${href} (no element with id "${id}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('outside links go only to public bodies, journals and help lines', () => {
  const outside = new Set<string>();
  for (const file of pages) {
    for (const href of hrefsIn(readBuilt(file))) {
      if (!/^https?:/.test(href)) continue;
      const host = new URL(href).hostname;
      if (!allowedHost.test(host)) outside.add(`${host} (${href})`);
    }
  }
  expect([...outside]).toEqual([]);
});

test('no page repeats an element id', () => {
  const repeated: string[] = [];
  for (const file of pages) {
    const ids = [...readBuilt(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) repeated.push(`${file.slice(distDir.length)}: ${id}`);
      seen.add(id);
    }
  }
  expect(repeated).toEqual([]);
});

/** Addresses a page asks the browser to fetch (or names as its icon, manifest or preview image). */
function assetUrlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<(?:script|img|source|iframe)\b[^>]*?\ssrc="([^"]+)"/g)) urls.push(m[1]!);
  // Every <link> but the canonical one, which names a page (checked with the canonical URLs) not a file.
  for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
    const href = /\shref="([^"]+)"/.exec(m[1]!)?.[1];
    if (href && !/\srel="canonical"/.test(m[1]!)) urls.push(href);
  }
  for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) urls.push(...m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  for (const m of html.matchAll(/<astro-island\b[^>]*?\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)) urls.push(m[1]!);
  for (const m of html.matchAll(/<meta (?:property|name)="(?:og:image|twitter:image)" content="([^"]+)"/g)) urls.push(m[1]!);
  return urls.map((u) => u.replaceAll('&amp;', '&'));
}

/** True when a URL of this site (absolute or relative to pagePath) names a file in the build. */
function resolvesInBuild(url: string, pagePath: string): boolean {
  const parsed = new URL(url, `http://site${pagePath}`);
  // Absolute URLs of the published site (og:image) count by their path.
  return fileForPath(parsed.pathname) !== undefined;
}

test('every asset a page loads or names (scripts, styles, icons, islands, preview images) is a built file under the base', () => {
  const broken: string[] = [];
  for (const file of pages) {
    const html = readBuilt(file);
    const pagePath = basePath + file.slice(distDir.length + 1).replace(/index\.html$|404\.html$/, '');
    for (const url of assetUrlsIn(html)) {
      if (/^(data|blob):/.test(url)) continue;
      if (!resolvesInBuild(url, pagePath)) broken.push(`${pagePath} → ${url}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every file a script or stylesheet refers to (imports, the search index, fonts, images) is a built file under the base', () => {
  const assetsDir = join(distDir, '_astro');
  const broken: string[] = [];
  const manifest = JSON.parse(readBuilt(join(distDir, 'site.webmanifest'))) as { start_url: string; scope: string; icons: { src: string }[] };
  for (const url of [manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)]) {
    if (!resolvesInBuild(url, basePath)) broken.push(`site.webmanifest → ${url}`);
  }
  for (const name of readdirSync(assetsDir)) {
    const code = readBuilt(join(assetsDir, name));
    const from = `${basePath}_astro/${name}`;
    const found = name.endsWith('.css')
      ? [...code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!)
      : [
          ...[...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]!),
          // Site paths written into the code, such as the search index Pagefind loads on first use.
          ...[...code.matchAll(/["'`](\/[\w./-]*\.(?:js|css|json|png|svg|webmanifest))["'`]/g)].map((m) => m[1]!),
        ];
    for (const url of found) {
      if (/^(data|blob):/.test(url)) continue;
      if (!resolvesInBuild(url, from)) broken.push(`${from} → ${url}`);
    }
  }
  expect(broken).toEqual([]);
});
