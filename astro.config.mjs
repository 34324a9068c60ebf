// Site configuration. The CSP is built by Astro from hashes of every script and style it emits;
// Pagefind needs 'wasm-unsafe-eval' to run its WebAssembly search, and nothing loads from elsewhere.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import { siteUrl, basePath } from './src/integrations/site-url.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Hover prefetch would add a script to every page; guide pages ship none.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // The islands are written against React's API; compat serves them with Preact (see README).
    preact({ compat: true }),
    // Only real pages: not the 404 page, images, the manifest or robots.txt.
    sitemap({ filter: (page) => !/\/404\/?$|\.(png|webmanifest|txt)$/.test(page) }),
    pagefind(),
    (await import('./src/integrations/search-vocabulary.ts')).default(),
    deployHeaders(basePath),
  ],
  vite: {
    // Keep scripts and styles as files: an inlined script loses Vite's dynamic-import helper (the
    // Pagefind loader then fails), and files are cached across pages.
    build: { assetsInlineLimit: 0 },
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
