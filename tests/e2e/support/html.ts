// Small readers for built HTML files: links, ids and the page a URL path maps to in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site.ts';

/** The site's base path as configured for this build ("/" or "/iop-guide/"). */
export const basePath = process.env.BASE ? `/${process.env.BASE.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';

export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The built file that serves a site path such as "/iop-guide/guides/teens/", or undefined. */
export function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const inside = decodeURIComponent(pathname.slice(basePath.length));
  const candidates = inside === '' || inside.endsWith('/') ? [join(distDir, inside, 'index.html')] : [join(distDir, inside), join(distDir, inside, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

export function readBuilt(file: string): string {
  return readFileSync(file, 'utf8');
}
