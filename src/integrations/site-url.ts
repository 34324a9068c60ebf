// Where the site is published. SITE_URL and BASE let one build serve at any address, e.g.
// SITE_URL=https://example.org BASE=/iop-guide/ npm run build.
export const siteUrl = process.env.SITE_URL ?? 'https://iop-guide.example';
const rawBase = process.env.BASE ?? '/';
/** Always starts and ends with a slash. */
export const basePath = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
