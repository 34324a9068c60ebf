// One page for each template the built site has: home, a guide, the FAQ, each tool, the glossary, 404.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** An address that is no page, so the server answers with the site's 404 page. */
export const notFoundPath = '/this-page-does-not-exist/';

const page = (distDir, path) => existsSync(join(distDir, path, 'index.html'));
const subpages = (distDir, folder) =>
  existsSync(join(distDir, folder))
    ? readdirSync(join(distDir, folder)).filter((name) => page(distDir, `${folder}/${name}`)).sort()
    : [];

export function templatePages(distDir) {
  const guides = subpages(distDir, 'guides');
  const guide = guides.includes('what-is-iop') ? 'what-is-iop' : guides[0];
  const found = [
    { template: 'home', path: '/' },
    guide && { template: 'guide', path: `/guides/${guide}/` },
    page(distDir, 'faq') && { template: 'FAQ', path: '/faq/' },
    ...subpages(distDir, 'tools').map((name) => ({ template: `tool: ${name}`, path: `/tools/${name}/` })),
    page(distDir, 'glossary') && { template: 'glossary', path: '/glossary/' },
    // Lighthouse stops on a 404 status, so the 404 template is measured at its own file.
    existsSync(join(distDir, '404.html')) && { template: '404', path: '/404.html' },
  ];
  return found.filter(Boolean);
}
