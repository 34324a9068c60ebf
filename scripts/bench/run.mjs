// `npm run bench`: builds the site and synthetic guide sets, measures build scaling, page weight, search
// cost and Lighthouse scores, prints a table and writes the results as JSON (bench/results.json).
// Everything it builds goes to bench/tmp/ and every request goes to a local server. Options: --help.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { locateBrowser } from '../find-browser.mjs';
import { buildSite } from './build.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { describeMachine } from './machine.mjs';
import { parseOptions } from './options.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { formatReport } from './report.mjs';
import { measureSearchCost } from './search-cost.mjs';
import { serveStatic } from './static-server.mjs';
import { writeSyntheticContent } from './synthetic-guides.mjs';
import { templatePages } from './templates.mjs';
import { chromiumArgs as chromeFlags } from '../chromium-flags.mjs';

const root = resolve(import.meta.dirname, '../..');
const tmp = join(root, 'bench/tmp');
const { targets } = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

/** ms per page, and the marginal cost of each extra page over the row before. */
function addPerPage(rows) {
  rows.forEach((row, i) => {
    row.msPerPage = row.wallMs / row.pages;
    const before = rows[i - 1];
    row.marginalMsPerPage = before && row.pages > before.pages ? (row.wallMs - before.wallMs) / (row.pages - before.pages) : null;
  });
}

const options = parseOptions();
const startedAt = performance.now();
const out = resolve(root, options.out);
/** Written after every section, so a run stopped part-way keeps what it measured. */
const save = (finished = false) => {
  results.machine.loadAverageAtEnd = loadavg().map((n) => Math.round(n * 100) / 100);
  results.finishedAt = new Date().toISOString();
  results.durationMs = Math.round(performance.now() - startedAt);
  results.complete = finished;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
};
const progress = (text) => console.error(`▶ ${new Date().toISOString().slice(11, 19)} ${text}`);
mkdirSync(tmp, { recursive: true });

const chromePath = await locateBrowser();
if (!chromePath) {
  console.error('No Chromium found: run `node scripts/find-browser.mjs` (installs one as root) or set CHROMIUM_PATH.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
const results = { options, machine: describeMachine({ chromium: browser.version() }), targets: {} };

progress('Building the real site (cold)…');
const siteDir = join(tmp, 'site');
const site = await buildSite({ outDir: siteDir, cacheDir: join(tmp, 'cache-site'), logFile: join(tmp, 'build-site.log') });
results.siteBuild = site;

const server = await serveStatic(siteDir);
try {
  try {
    if (options.sections.includes('weight')) {
      progress('Weighing every page, and loading each in Chromium…');
      results.weight = await measurePageWeight({ browser, server, distDir: siteDir });
      save();
    }
    if (options.sections.includes('search')) {
      progress('Measuring search…');
      results.search = await measureSearchCost({ browser, server });
      save();
    }
  } finally {
    await browser.close(); // Lighthouse starts its own Chromium; one at a time keeps the machine quieter.
  }
  if (options.sections.includes('lighthouse')) {
    const pages = templatePages(siteDir);
    progress(`Lighthouse: ${pages.length} pages × ${options.lighthouseRuns} run(s)…`);
    results.lighthouse = await measureLighthouse({ chromePath, chromeFlags, origin: server.origin, pages, runs: options.lighthouseRuns });
    save();
  }
} finally {
  await server.close();
}

if (options.sections.includes('scaling')) {
  const rows = [{ label: '0 (real site)', synthetic: 0, ...site }];
  addPerPage(rows);
  for (const size of options.sizes) {
    const dir = join(tmp, `scaling-${size}`);
    rmSync(dir, { recursive: true, force: true });
    progress(`Writing ${size} synthetic guides…`);
    const content = writeSyntheticContent({ contentDir: join(dir, 'content'), count: size, realContentDir: join(root, 'content') });
    progress(`Building ${size} synthetic guides…`);
    const built = await buildSite({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), contentDir: join(dir, 'content'), logFile: join(dir, 'build.log') });
    rows.push({ label: String(size), synthetic: size, averageWords: content.averageWords, ...built });
    addPerPage(rows);
    results.scaling = rows;
    save();
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }

  const at1000 = rows.find((r) => r.synthetic === 1000);
  if (at1000) results.targets.buildMsPerPage = { limit: targets.buildMsPerPageAt1000Guides, value: at1000.msPerPage, ok: at1000.msPerPage <= targets.buildMsPerPageAt1000Guides };
  const synthetic = rows.filter((r) => r.synthetic > 0);
  const from = at1000 ?? synthetic[0];
  const to = synthetic.at(-1);
  if (from && to && to.synthetic > from.synthetic) {
    const ratio = to.msPerPage / from.msPerPage;
    results.targets.linearGrowth = { from: from.synthetic, to: to.synthetic, ratio, ok: ratio <= 1.25 };
  }
}

if (results.search) {
  const checks = results.search
    .filter((r) => r.order === 'first')
    .map((r) => ({ path: r.path, value: r.bytesUntilResults, ok: r.bytesUntilResults <= targets.firstSearchBytes }));
  results.targets.firstSearchBytes = { limit: targets.firstSearchBytes, checks };
}
if (!options.keep) for (const dir of [siteDir, join(tmp, 'cache-site')]) rmSync(dir, { recursive: true, force: true });

save(true);
console.log(formatReport(results));
console.log(`\nResults written to ${options.out}.`);
