// Builds the Pagefind search index from the finished site, so every `astro build` (however it is
// called) ships a working /search/ and FAQ search.
//
// Only content pages are indexed, in English and in Spanish: the pages Astro built whose main region is marked data-pagefind-body
// (guides, FAQ answers, the glossary, help, about and tool pages). Astro tells us which pages it built, so
// the 404 page, the lists and the search page are left out by name, and images, feeds and
// Pagefind's own files are never read. Inside a page, tool widgets and navigation are ignored too.
// The chosen pages go to Pagefind's indexer in one directory pass with an exact file list, which
// lets it read and parse them in parallel, with no round trip per page.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { contentFolders, pagePairs } from '../i18n/routes.ts';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Page chrome that is never search content, even inside a page's indexed region. */
export const excludeSelectors = ['astro-island', 'nav', 'button', 'form', '[data-pagefind-ignore]'];

/**
 * Built pages that never hold search content, by their English path: the 404 page, search, and lists of
 * other pages. A tool's own page stays: its words say what the tool is for (readers search "questions to
 * ask"), while the widget itself is ignored through `excludeSelectors`. Each has its Spanish twin (see
 * src/i18n/routes.ts), left out the same way.
 */
export const listPages = ['/', '/search/', '/tools/', '/guides/', '/faq/', '/for-referrers/handout/'] as const satisfies readonly (keyof typeof pagePairs)[];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of every page left out, in both languages; guide lists may have numbered pages. */
const notContent = (() => {
  const paths = listPages.flatMap((path) => [path, pagePairs[path]]).map((path) => escapeRegExp(path));
  const guideLists = [contentFolders.guides.en, contentFolders.guides.es].map((path) => `${escapeRegExp(path)}page/\\d+/`);
  const notFound = ['/404/?', '/404\\.html', '/es/404/?', '/es/404\\.html'];
  return new RegExp(`^(?:${[...paths, ...guideLists, ...notFound].join('|')})$`);
})();

/** True for a built page whose words belong in the search index (either language). */
export function isContentPage(pathname: string): boolean {
  const path = `/${pathname.replace(/^\/+/, '')}`;
  if (/\.(?!html$)[a-z0-9]+$/i.test(path)) return false; // images, the manifest, robots.txt
  return !notContent.test(path);
}

/** The HTML file Astro wrote for a page path with `build.format: 'directory'`, relative to the output folder. */
export function htmlFileOf(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  if (path === '404.html' || path.endsWith('.html')) return path;
  return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`;
}

/**
 * A glob matching exactly these files. Pagefind's globs take `{a,b,c}` alternatives; the list is split
 * into groups so no single pattern grows too long.
 */
export function globsFor(files: string[], groupSize = 500): string[] {
  const escape = (file: string) => file.replace(/[{}[\]*?,!\\]/g, (c) => `\\${c}`);
  const globs: string[] = [];
  for (let i = 0; i < files.length; i += groupSize) globs.push(`{${files.slice(i, i + groupSize).map(escape).join(',')}}`);
  return globs;
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'iop-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = pages.map((p) => p.pathname).filter(isContentPage).map(htmlFileOf);
        try {
          // No forced language: Pagefind writes one index per <html lang>, and the browser loads the one of
          // the page it runs on, so a Spanish page searches Spanish pages with a Spanish stemmer.
          const { index, errors } = await createIndex({ excludeSelectors });
          failOn('setup', errors);
          if (!index) throw new Error('Pagefind did not create an index');
          let pageCount = 0;
          for (const glob of globsFor(files)) {
            const added = await index.addDirectory({ path: outDir, glob });
            failOn('indexing', added.errors);
            pageCount += added.page_count;
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          failOn('writing', written.errors);
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${pageCount} pages for search in ${ms} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
