// Browser tests run against the production build served by `astro preview`, in Chromium.
import { defineConfig, devices } from '@playwright/test';
import { locateBrowser } from './scripts/find-browser.mjs';
import { chromiumArgs } from './scripts/chromium-flags.mjs';

const executablePath = await locateBrowser();
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const base = process.env.BASE ? `/${process.env.BASE.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
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
    command: `npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
