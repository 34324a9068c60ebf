// Every internal link and #anchor in the built site leads somewhere real, and outside links go only
// to public health bodies and journals (never to a treatment provider).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { builtPages, distDir } from './support/site.ts';
import { basePath, fileForPath, hrefsIn, idsIn, readBuilt } from './support/html.ts';

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
