// Browser tests run against a production build served by `astro preview`, in Chromium.
//   default:                      tests/e2e (all but base-path/) against dist/
//   BASE=/iop-guide/ DIST_DIR=…:  only tests/e2e/base-path/, against that build served under the base
// Both write a JSON report to tmp/test-reports/ so `npm test` can list the slowest tests.
import { defineConfig, devices } from '@playwright/test';
import { locateBrowser } from './scripts/find-browser.mjs';
import { chromiumArgs } from './scripts/chromium-flags.mjs';

const executablePath = await locateBrowser();
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const base = process.env.BASE ? `/${process.env.BASE.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
const underBase = base !== '/';
const outDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: underBase ? 'tests/e2e/base-path' : 'tests/e2e',
  testIgnore: underBase ? [] : ['base-path/**'],
  fullyParallel: true,
  // Two cores here and on CI: one worker each. Tests that only read dist/ run in Node (tests/dist).
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `tmp/test-reports/playwright${underBase ? '-base-path' : ''}.json` }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx astro preview --port ${port} --host localhost --outDir ${outDir}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
