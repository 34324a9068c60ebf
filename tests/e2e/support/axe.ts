// Runs axe with the WCAG 2.2 AA rule set and turns violations into a readable list for the report.
// Legacy mode runs axe.run() in the page itself; the default mode opens a helper page and injects axe
// twice for every scan, which made axe most of the suite's time. The two differ only for cross-origin
// frames, which no page here has (checked below, so that stays true). axe stays in the page until it
// navigates, so a second scan of the same page (another colour scheme or width) skips injecting it
// again (about 0.5 s per injection on a busy machine; legacy mode injects twice per scan).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url()), 'frames axe would skip in legacy mode').toEqual([]);
  const injected = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  const results = await new AxeBuilder(injected ? { page, axeSource: ';' } : { page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
}

const desktop = { width: 1280, height: 900 };
const phone = { width: 320, height: 720 };
/** Light and dark at 1280 px and 320 px, ordered so each step changes one thing. */
export const looks = [
  { scheme: 'light', viewport: desktop },
  { scheme: 'dark', viewport: desktop },
  { scheme: 'dark', viewport: phone },
  { scheme: 'light', viewport: phone },
] as const;

export interface LookResult {
  look: string;
  violations: string[];
  /** Pixels the page is wider than the screen (a phone reader never scrolls sideways to read). */
  overflow: number;
}

/**
 * Scans the page as it is now in each look, switching colour scheme and width in place (no reload, so
 * whatever state a test has set up stays), and leaves it in the last look. Two frames after each switch
 * let style and layout (and any listener on the media queries) catch up before the scan.
 */
export async function axeInEveryLook(page: Page, height?: number): Promise<LookResult[]> {
  const results: LookResult[] = [];
  for (const { scheme, viewport } of looks) {
    await page.setViewportSize({ width: viewport.width, height: height ?? viewport.height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    const violations = await axeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    results.push({ look: `${scheme}, ${viewport.width}px`, violations, overflow });
  }
  return results;
}

/** Every look's violations and overflow, soft-asserted so one report shows all four. */
export function expectCleanInEveryLook(results: LookResult[], checkOverflow = true): void {
  for (const { look, violations, overflow } of results) {
    expect.soft(violations, `axe violations (${look})`).toEqual([]);
    if (checkOverflow) expect.soft(overflow, `horizontal overflow in px (${look})`).toBeLessThanOrEqual(0);
  }
}

/** Violations in light and then dark at the current width, the scheme switched in place. */
export async function axeInBothSchemes(page: Page): Promise<{ scheme: 'light' | 'dark'; violations: string[] }[]> {
  const results: { scheme: 'light' | 'dark'; violations: string[] }[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    results.push({ scheme, violations: await axeViolations(page) });
  }
  return results;
}
