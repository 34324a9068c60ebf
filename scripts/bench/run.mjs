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
import { describeMachine, waitForQuiet } from './machine.mjs';
import { installStarlight, starlightAstroBin, writeStarlightContent } from './peer-starlight.mjs';
import { parseOptions } from './options.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { formatReport } from './report.mjs';
import { measureSearchCost } from './search-cost.mjs';
import { serveStatic } from './static-server.mjs';
import { editOneGuide, syntheticId, writeSyntheticContent } from './synthetic-guides.mjs';
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
const progress = (text) => console.error(`▶ ${new Date().toISOString().slice(11, 19)} ${text}`);
/** CPU time (user + system) of this process and every child it waited for, in ms (Linux). */
const runCpuMs = () => {
  const own = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return Math.round((own.user + own.system) / 1000 + ((Number(fields[13]) + Number(fields[14])) * 1000) / 100);
};
/** Written after every section, so a run stopped part-way keeps what it measured. */
const save = (finished = false) => {
  results.machine.loadAverageAtEnd = loadavg().map((n) => Math.round(n * 100) / 100);
  results.finishedAt = new Date().toISOString();
  results.durationMs = Math.round(performance.now() - startedAt);
  results.cpuMs = runCpuMs();
  results.complete = finished;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
};
mkdirSync(tmp, { recursive: true });

// A shared machine: wait for a quiet moment (up to --wait seconds) and say so when none came.
const quiet = await waitForQuiet({ maxSeconds: options.waitSeconds, log: progress });
if (quiet.noisy) progress(`Still busy (load ${quiet.loadWhenStarted} on ${quiet.cores} cores): this run is marked noisy; compare CPU times, not wall times.`);

const usesBrowser = options.sections.some((s) => ['weight', 'search', 'lighthouse'].includes(s));
const chromePath = usesBrowser ? await locateBrowser() : null;
if (usesBrowser && !chromePath) {
  console.error('No Chromium found: run `node scripts/find-browser.mjs` (installs one as root) or set CHROMIUM_PATH.');
  process.exit(1);
}
const needsPage = options.sections.some((s) => ['weight', 'search'].includes(s));
const browser = needsPage ? await chromium.launch({ executablePath: chromePath, args: chromeFlags }) : null;
const results = { options, machine: { ...describeMachine({ chromium: browser?.version() ?? null }), quiet }, noisy: quiet.noisy, targets: {} };

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
    await browser?.close(); // Lighthouse starts its own Chromium; one at a time keeps the machine quieter.
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
  const peerRoot = join(tmp, 'peer-starlight');
  if (options.peer === 'starlight') {
    const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
    results.peer = { name: 'Starlight', ...installStarlight({ root: peerRoot, astroVersion, log: progress }), astro: astroVersion };
  }
  const peerBuild = (dir, warm) =>
    buildSite({
      outDir: join(dir, 'peer-dist'),
      cacheDir: join(peerRoot, 'node_modules/.astro'),
      cardCacheDir: join(dir, 'peer-unused'),
      logFile: join(dir, `peer-${warm ? 'rebuild' : 'cold'}.log`),
      warm,
      peer: { root: peerRoot, astroBin: starlightAstroBin(peerRoot) },
    });
  for (const size of options.sizes) {
    const dir = join(tmp, `scaling-${size}`);
    rmSync(dir, { recursive: true, force: true });
    progress(`Writing ${size} synthetic guides…`);
    const contentDir = join(dir, 'content');
    const content = writeSyntheticContent({ contentDir, count: size, realContentDir: join(root, 'content') });
    const ours = (warm) => buildSite({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), contentDir, logFile: join(dir, `build-${warm ? 'rebuild' : 'cold'}.log`), warm });
    progress(`Building ${size} synthetic guides (cold)…`);
    const built = await ours(false);
    const row = { label: String(size), synthetic: size, averageWords: content.averageWords, ...built };
    rows.push(row);
    addPerPage(rows);
    results.scaling = rows;
    save();
    if (options.peer) {
      progress(`Starlight: the same ${size} guides (cold)…`);
      writeStarlightContent({ root: peerRoot, guidesDir: join(contentDir, 'guides') });
      row.peer = { cold: await peerBuild(dir, false) };
      save();
    }
    // A rebuild after an edit: one guide's title and text change (so its social card changes too).
    const edited = `${syntheticId(0)}.mdx`;
    editOneGuide(join(contentDir, 'guides', edited));
    progress(`Rebuilding ${size} after one guide changed…`);
    row.rebuild = await ours(true);
    save();
    if (options.peer) {
      editOneGuide(join(peerRoot, 'src/content/docs/guides', edited));
      progress(`Starlight: rebuilding after the same change…`);
      row.peer.rebuild = await peerBuild(dir, true);
      save();
    }
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }

  const at1000 = rows.find((r) => r.synthetic === 1000);
  if (at1000) results.targets.buildMsPerPage = { limit: targets.buildMsPerPageAt1000Guides, value: at1000.msPerPage, ok: at1000.msPerPage <= targets.buildMsPerPageAt1000Guides };
  const synthetic = rows.filter((r) => r.synthetic > 0);
  const from = at1000 ?? synthetic[0];
  const to = synthetic.at(-1);
  if (from && to && to.synthetic > from.synthetic) {
    const ratio = to.msPerPage / from.msPerPage;
    // CPU ms/page too: when the load changes during a run, wall time per page says more about the load.
    const cpuRatio = to.cpuMs && from.cpuMs ? to.cpuMs / to.pages / (from.cpuMs / from.pages) : null;
    results.targets.linearGrowth = { from: from.synthetic, to: to.synthetic, ratio, cpuRatio, ok: ratio <= 1.25 && (cpuRatio == null || cpuRatio <= 1.25) };
  }
  if (to) {
    results.targets.peakMemory = { guides: to.synthetic, limit: 2e9, value: to.peakRssBytes, ok: to.peakRssBytes <= 2e9 };
    if (to.guidesIndexGzipBytes != null) results.targets.guidesIndexGzip = { guides: to.synthetic, limit: 30_000, value: to.guidesIndexGzipBytes, ok: to.guidesIndexGzipBytes <= 30_000 };
  }
  const peerAt = at1000 ?? from;
  if (peerAt?.peer) {
    const ratio = (a, b) => (a != null && b ? a / b : null);
    const cold = { guides: peerAt.synthetic, limit: 1.5, value: ratio(peerAt.wallMs, peerAt.peer.cold.wallMs), cpu: ratio(peerAt.cpuMs, peerAt.peer.cold.cpuMs) };
    const rebuild = { guides: peerAt.synthetic, limit: 1.0, value: ratio(peerAt.rebuild.wallMs, peerAt.peer.rebuild.wallMs), cpu: ratio(peerAt.rebuild.cpuMs, peerAt.peer.rebuild.cpuMs) };
    results.targets.coldVsPeer = { ...cold, ok: cold.value <= cold.limit };
    results.targets.rebuildVsPeer = { ...rebuild, ok: rebuild.value <= rebuild.limit };
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
