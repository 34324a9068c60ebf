// robots.txt: everything may be crawled; the sitemap's address follows the configured site and base.
import type { APIRoute } from 'astro';
import { href } from '../components/href.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
