// Page weight of the built site: for every page, HTML, CSS and JS bytes (raw and gzip, counted on the
// files as the budget spec counts them), and what a first visit with an empty cache costs in Chromium:
// requests from its network log, and bytes over the wire as the server counted them (until the network
// is quiet, without scrolling).
import { siteCss, sum, weighSite } from '../../tests/e2e/support/page-weight.ts';
import { notFoundPath } from './templates.mjs';

/** The address to visit for a page file: the 404 page is reached through a missing address. */
const visitPath = (url) => (url === '/404.html' ? notFoundPath : url);

export async function measurePageWeight({ browser, server, distDir }) {
  const pages = weighSite({ distDir, basePath: '/' });
  const rows = [];
  for (const page of pages) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    let requests = 0;
    tab.on('request', () => requests++);
    const from = server.sent.length;
    await tab.goto(`${server.origin}${visitPath(page.url)}`, { waitUntil: 'networkidle' });
    await context.close();
    const transferred = server.sent.slice(from).reduce((total, response) => total + response.bytes, 0);
    const js = sum(page.js);
    rows.push({
      url: page.url,
      toolPage: page.isToolPage,
      html: page.html,
      css: sum(page.css),
      js,
      frameworkJsGzip: sum(page.js.filter((a) => a.framework)).gzip,
      requests,
      transferredBytes: transferred,
    });
  }
  return { pages: rows, siteCss: sum(siteCss(pages)) };
}
