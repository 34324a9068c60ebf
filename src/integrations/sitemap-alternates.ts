// hreflang alternates in the sitemap (en, es, x-default), copied from each built page's own
// <link rel="alternate" hreflang> tags. The page head is the one place a page names its translation
// (worked out from `translationOf` and src/i18n/routes.ts, which astro.config.mjs cannot read), so
// the sitemap can never disagree with the pages. Used as the sitemap integration's `serialize`.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Alternate {
  lang: string;
  url: string;
}

interface SitemapItemLike {
  url: string;
  links?: Alternate[];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Every <link rel="alternate" hreflang="…" href="…"> in a page's HTML, in document order. */
export function alternatesIn(html: string): Alternate[] {
  const found: Alternate[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attribute(tag, 'rel')?.toLowerCase() !== 'alternate') continue;
    const lang = attribute(tag, 'hreflang');
    const url = attribute(tag, 'href');
    if (lang && url) found.push({ lang, url: url.replaceAll('&amp;', '&') });
  }
  return found;
}

/**
 * The built HTML file for a page URL of this site: "<outDir>/<path under base>/index.html", or
 * undefined for a URL outside the base or with no such file.
 */
export function builtFileFor(url: string, outDir: string, base: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return undefined;
  const file = join(outDir, path.slice(base.length), 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Adds the page's alternates to a sitemap entry (entries for pages without any are left as they are). */
export function withAlternates<T extends SitemapItemLike>(item: T, outDir: string, base: string): T {
  const file = builtFileFor(item.url, outDir, base);
  if (!file) return item;
  const links = alternatesIn(readFileSync(file, 'utf8'));
  return links.length ? { ...item, links } : item;
}

/**
 * The integration (list it before the sitemap: it learns where the build is written) and the
 * `serialize` function to hand to @astrojs/sitemap.
 */
export default function sitemapAlternates(): {
  integration: AstroIntegration;
  serialize: <T extends SitemapItemLike>(item: T) => T;
} {
  let outDir: string | undefined;
  let base = '/';
  return {
    integration: {
      name: 'iop-guide:sitemap-alternates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
      },
    },
    serialize: (item) => {
      if (!outDir) throw new Error('sitemap-alternates: list its integration before the sitemap in astro.config.mjs');
      return withAlternates(item, outDir, base);
    },
  };
}
