// Search cost: what a reader downloads and how long they wait, from typing a query to seeing results,
// for a first query (Pagefind not loaded yet) and a second one, on /search/ and on the FAQ's own search
// box when the FAQ page has one, on a page loaded with an empty cache. Requests come from Chromium's
// network log; bytes from the server's count of what it wrote (Chromium logs a Web Worker's script as
// 0 bytes). Results count as shown when the page's status line (role="status") names the query.
// The browser's own favicon fetch, which may fall in the same moment, is left out.

const searchBoxes = [
  { path: '/search/', label: 'Search words' },
  { path: '/faq/', label: 'Search the FAQ' },
];
// The third is misspelled: it fetches the spelling vocabulary, counted on its own in vocabularyBytes.
const queries = ['work', 'insurance', 'insurence'];

/** Waits until no request has been open for `quietMs`. */
async function settle(isQuiet, quietMs = 500) {
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    await new Promise((r) => setTimeout(r, 50));
    if (!isQuiet()) quietSince = performance.now();
  }
}

const causedBySearch = (path) => !/\/favicon\./.test(path);

export async function measureSearchCost({ browser, server }) {
  const rows = [];
  for (const box of searchBoxes) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requested = [];
    let open = 0;
    tab.on('request', (request) => {
      open++;
      requested.push(new URL(request.url()).pathname);
    });
    tab.on('requestfinished', () => open--);
    tab.on('requestfailed', () => open--);

    const response = await tab.goto(`${server.origin}${box.path}`, { waitUntil: 'networkidle' });
    const input = tab.getByLabel(box.label, { exact: true });
    if (!response?.ok() || (await input.count()) === 0) {
      rows.push({ path: box.path, skipped: `no search box labelled “${box.label}”` });
      await context.close();
      continue;
    }
    for (const [n, query] of queries.entries()) {
      const from = requested.length;
      const sentFrom = server.sent.length;
      const started = performance.now();
      await input.fill(query);
      await tab.waitForFunction(
        (q) => [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').includes(q)),
        query,
        { timeout: 30_000 },
      );
      const shownAt = performance.now();
      await settle(() => open === 0);
      const caused = requested.slice(from).filter(causedBySearch);
      const sent = server.sent.slice(sentFrom).filter((r) => causedBySearch(r.path));
      const total = (list) => list.reduce((a, r) => a + r.bytes, 0);
      rows.push({
        path: box.path,
        query,
        order: ['first', 'second', 'third'][n],
        msUntilResults: Math.round(shownAt - started),
        bytesUntilResults: total(sent.filter((r) => r.at <= shownAt)),
        bytesIncludingLater: total(sent),
        requests: caused.length,
        pagefindRequests: caused.filter((path) => path.includes('/pagefind/')).length,
        vocabularyBytes: total(sent.filter((r) => r.path.includes('search-vocabulary'))),
      });
    }
    await context.close();
  }
  return rows;
}
