// Site configuration. The CSP is built by Astro from hashes of every script and style it emits;
// Pagefind needs 'wasm-unsafe-eval' to run its WebAssembly search, and nothing loads from elsewhere.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import { siteUrl, basePath } from './src/integrations/site-url.ts';
import sitemapAlternates from './src/integrations/sitemap-alternates.ts';

// Each sitemap URL lists its hreflang alternates (en, es, x-default), read from the built page's own head.
const alternates = sitemapAlternates();

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // The site's CSS is small (about 2 kB gzip): inline, it costs no render-blocking request, and the CSP
  // below allows each inline style by its hash.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Hover prefetch would add a script to every page; guide pages ship none.
  prefetch: false,
  devToolbar: { enabled: false },
  // A rebuild copies a page from the last build when its code, its rendered text and its cache key (the
  // entry data it reads, see src/components/page-cache-keys.ts) are unchanged: after one guide changes,
  // the other guides and their social cards are not rendered again. A build with no cache (a fresh
  // clone, CI) renders everything, and `astro build --force` ignores the cache.
  experimental: { incrementalBuild: true },
  // English at the root, Spanish under /es/ with Spanish slugs (src/i18n/routes.ts pairs the pages).
  // Components read the page's language from Astro.currentLocale.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    // The tools are React islands (see README).
    react(),
    alternates.integration,
    // Only real pages: not the 404 page, images, the manifest or robots.txt.
    sitemap({ filter: (page) => !/\/404\/?$|\.(png|webmanifest|txt)$/.test(page), serialize: alternates.serialize }),
    pagefind(),
    (await import('./src/integrations/search-vocabulary.ts')).default(),
    deployHeaders(basePath),
    (await import('./src/integrations/spanish-404.ts')).default(),
  ],
  vite: {
    // Keep scripts and styles as files: an inlined script loses Vite's dynamic-import helper (the
    // Pagefind loader then fails), and files are cached across pages.
    // "use astro:head-inject" is Astro's own marker in every content module; the bundler warned about
    // each one (a thousand warnings, with code frames, at 1,000 guides).
    build: { assetsInlineLimit: 0, rolldownOptions: { checks: { moduleLevelDirective: false } } },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // React, React DOM and its scheduler in one chunk of their own: every island shares it, a
              // browser caches it across tools, and the budgets can tell React's bytes from the widgets'.
              codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/ }] },
            },
          },
        },
      },
    },
  },
  markdown: {
    // No third-party syntax highlighting themes or inline styles: the site has no code blocks.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
