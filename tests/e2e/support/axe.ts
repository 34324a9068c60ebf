// Runs axe with the WCAG 2.2 AA rule set and turns violations into a readable list for the report.
// Legacy mode runs axe.run() in the page itself; the default mode opens a helper page and injects axe
// twice for every scan, which made axe most of the suite's time. The two differ only for cross-origin
// frames, which no page here has (checked below, so that stays true).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url()), 'frames axe would skip in legacy mode').toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
}
