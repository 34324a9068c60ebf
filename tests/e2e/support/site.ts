// What the tests need to know about the built site: which pages exist, read from dist/ (or from the
// folder DIST_DIR names, as for the base-path build in tmp/base-path/dist).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../../..');
export const distDir = resolve(projectRoot, process.env.DIST_DIR ?? 'dist');

/** Every HTML page in dist/ as a path relative to the site's base URL ("", "guides/teens/", …). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(distDir, dir);
        pages.push(rel === '' ? '' : `${rel.split('\\').join('/')}/`);
      }
    }
  };
  walk(distDir);
  if (pages.length === 0) throw new Error(`No pages found in ${distDir}: run the build first.`);
  return pages.sort();
}

/** A path that is not a page, so the server answers with the site's 404 page. */
export const notFoundPath = 'this-page-does-not-exist/';

/** Every page to check in the browser, the 404 page included. */
export function pagesToVisit(): string[] {
  return [...builtPages(), notFoundPath];
}

/** True for requests that stay on this machine (the preview server) or never touch the network. */
export function staysLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
