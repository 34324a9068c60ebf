// Playwright's `test`, plus pages that one worker shares across its tests where a fresh context adds
// nothing: a page with JavaScript turned off (for the no-JS reading checks).
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<object, { noJsPage: Page }>({
  noJsPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: workerInfo.project.use.baseURL });
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
