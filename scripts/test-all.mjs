// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failure.
//   1. type check (astro check)   2. unit and component tests (Vitest)
//   3. production build with the search index (dist/)   4. checks that only read the built files, in Node
//   5. HTML validity of every built page (W3C Nu checker)
//   6. a rebuild after one guide changes, which reuses unchanged pages, equals a build from nothing
//   7. browser tests against that build (Playwright): every page, the budgets, each reader journey
//   8–10. the site built under a base path (/iop-guide/) into a deeper folder (tmp/base-path/dist, which
//        also proves a build with another --outDir works), its built-file checks, and a focused browser
//        suite: every page answers and loads its assets under the base; copied, shared and tool links,
//        search and printed addresses carry it. The journeys themselves run once, in step 7.
// At the end: each step's time, and the slowest tests of the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './find-browser.mjs';

const reports = 'tmp/test-reports';
const basePathBuild = { BASE: '/iop-guide/', DIST_DIR: 'tmp/base-path/dist' };
const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${name}.json`];

const steps = [
  { name: 'Type check', cmd: ['astro', 'check'] },
  { name: 'Unit and component tests', cmd: ['vitest', 'run', ...vitestJson('vitest-unit')] },
  { name: 'Production build', cmd: ['astro', 'build'] },
  { name: 'Built-file checks', cmd: ['vitest', 'run', '--config', 'vitest.dist.config.ts', ...vitestJson('vitest-dist')] },
  { name: 'HTML validity', cmd: ['node', 'scripts/validate-html.mjs'] },
  // Three more builds in tmp/: a rebuild that reuses pages must equal a build from nothing.
  { name: 'Rebuild check', cmd: ['vitest', 'run', '--config', 'vitest.build.config.ts', ...vitestJson('vitest-build')] },
  { name: 'Browser tests', cmd: ['playwright', 'test'], before: ensureBrowser },
  // The same site served from a sub-folder, as on a host that serves it under a path.
  { name: 'Base-path build', cmd: ['astro', 'build', '--outDir', basePathBuild.DIST_DIR], env: { BASE: basePathBuild.BASE } },
  {
    name: 'Base-path built-file checks',
    cmd: ['vitest', 'run', '--config', 'vitest.dist.config.ts', ...vitestJson('vitest-dist-base-path')],
    env: basePathBuild,
  },
  { name: 'Base-path browser tests', cmd: ['playwright', 'test'], env: basePathBuild, before: ensureBrowser },
];

/** The slowest tests in the JSON reports this run wrote (Playwright and Vitest). */
function slowestTests(count) {
  const found = [];
  const read = (file) => (existsSync(`${reports}/${file}`) ? JSON.parse(readFileSync(`${reports}/${file}`, 'utf8')) : undefined);
  for (const file of ['playwright.json', 'playwright-base-path.json']) {
    const report = read(file);
    // A file's suite holds its tests (specs) and its describe blocks (suites), to any depth.
    const walk = (suite, titles) => {
      for (const spec of suite.specs ?? []) {
        const ms = spec.tests.flatMap((t) => t.results).reduce((sum, r) => sum + r.duration, 0);
        found.push({ ms, name: `${spec.file}: ${[...titles, spec.title].join(' › ')}` });
      }
      for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    };
    for (const fileSuite of report?.suites ?? []) walk(fileSuite, []);
  }
  for (const file of ['vitest-unit.json', 'vitest-dist.json', 'vitest-build.json', 'vitest-dist-base-path.json']) {
    for (const result of read(file)?.testResults ?? []) {
      const where = result.name.replace(`${process.cwd()}/`, '');
      for (const a of result.assertionResults) found.push({ ms: a.duration ?? 0, name: `${where}: ${a.fullName}` });
    }
  }
  return found.sort((a, b) => b.ms - a.ms).slice(0, count);
}

const only = process.env.TEST_STEPS?.split(',').map((s) => s.trim().toLowerCase());
rmSync(reports, { recursive: true, force: true });
const timings = [];
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
for (const step of steps) {
  if (only && !only.some((o) => step.name.toLowerCase().startsWith(o))) continue;
  if (step.before) await step.before();
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const stepStarted = performance.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
  timings.push(`${step.name}: ${seconds(performance.now() - stepStarted)}`);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
const slowest = slowestTests(10);
if (slowest.length > 0) console.log(`\nSlowest tests:\n  ${slowest.map((t) => `${seconds(t.ms).padStart(8)}  ${t.name}`).join('\n  ')}`);
console.log(`\n✓ All checks passed in ${seconds(performance.now() - started)}.\n  ${timings.join('\n  ')}`);
