// Records what a reader would never want a page to do: log errors, break its CSP, call other sites.
import type { Page } from '@playwright/test';
import { staysLocal } from './site.ts';

export interface PageProblems {
  consoleErrors: string[];
  outsideRequests: string[];
  /** Requests for the search index: none may happen before a reader searches. */
  pagefindRequests: string[];
  cspViolations: () => Promise<string[]>;
}

export async function watchPage(page: Page, options: { expectedStatus?: number } = {}): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const pagefindRequests: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // The 404 page is served with status 404 on purpose; Chromium logs that as a failed load.
    if (options.expectedStatus === 404 && /status of 404/.test(msg.text()) && msg.location().url === page.url()) return;
    consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!staysLocal(request.url())) outsideRequests.push(request.url());
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  return {
    consoleErrors,
    outsideRequests,
    pagefindRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []),
  };
}
