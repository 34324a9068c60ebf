// The web manifest, built so its paths follow the site's base path.
import type { APIRoute } from 'astro';
import { siteName, siteTagline, iconSizes } from '../data/site.ts';
import { href } from '../components/href.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteName,
      short_name: siteName,
      description: siteTagline,
      start_url: href('/'),
      scope: href('/'),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#0d6b5f',
      icons: iconSizes.filter((s) => s !== 180).map((s) => ({ src: href(`/icons/${s}.png`), sizes: `${s}x${s}`, type: 'image/png' })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
