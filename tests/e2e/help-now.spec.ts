// A reader in trouble at 2 a.m., on a small phone: 911 comes first for danger right now, the overdose
// steps name naloxone, 988 can be called, texted or chatted with, and no two buttons touch.
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 320, height: 720 } });

/** Every pair of tappable controls in `scope` closer than 8 px (WCAG 2.5.8 spacing), as text. */
async function crowdedTargets(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluate((root) => {
    const targets = [...root.querySelectorAll<HTMLElement>('.button, button, .help-now-link')].filter((el) => el.offsetParent !== null);
    const boxes = targets.map((el) => ({ name: el.textContent!.trim(), r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const dx = Math.max(0, b.left - a.right, a.left - b.right);
        const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
        if (Math.max(dx, dy) < 8) problems.push(`${boxes[i]!.name} / ${boxes[j]!.name}: ${Math.max(dx, dy).toFixed(1)} px`);
      }
    }
    return problems;
  });
}

test('/help-now/ puts 911 before 988 and says what to do for an overdose', async ({ page }) => {
  await page.goto('help-now/');
  const main = page.getByRole('main');
  const text = await main.innerText();
  expect(text.indexOf('911'), '911 is on the page').toBeGreaterThan(-1);
  expect(text.indexOf('911'), '911 comes before 988').toBeLessThan(text.indexOf('988'));
  // The first heading after the title is the emergency one, and its first button calls 911.
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(/call 911/i);
  await expect(main.getByRole('link', { name: 'Call 911' }).first()).toHaveAttribute('href', 'tel:911');

  const overdose = main.locator('.overdose-steps');
  await expect(overdose).toContainText(/call 911/i);
  await expect(overdose).toContainText(/naloxone/i);
  await expect(overdose).toContainText(/without a prescription/i);
  await expect(overdose).toContainText(/breathing/i);
  await expect(overdose).toContainText(/on their side/i);
  await expect(overdose).toContainText(/Good Samaritan/);
  // The sources behind those steps are listed on the page.
  const sources = main.locator('.sources');
  for (const publisher of ['SAMHSA', 'FDA', 'CDC']) await expect(sources).toContainText(publisher);
});

test('/help-now/ lists every line a reader may need, with official sites as links', async ({ page }) => {
  await page.goto('help-now/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Chat with 988' })).toHaveAttribute('href', 'https://988lifeline.org/chat/');
  await expect(main.getByRole('link', { name: 'Text 838255' })).toHaveAttribute('href', 'sms:838255');
  await expect(main.getByRole('link', { name: 'Text AYUDA to 988' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await expect(main.getByRole('link', { name: 'Call 1-800-222-1222' })).toHaveAttribute('href', 'tel:+18002221222');
  await expect(main.getByRole('link', { name: 'TTY 1-800-487-4889' })).toBeVisible();
  await expect(main).toContainText('711');
  await expect(main).toContainText('press 2');
  await expect(main).not.toContainText('press 3');
  await expect(main.getByRole('link', { name: '988lifeline.org', exact: true })).toHaveAttribute('href', 'https://988lifeline.org/');
  await expect(main.getByRole('link', { name: 'FindTreatment.gov' }).first()).toHaveAttribute('href', /^https:\/\/findtreatment\.gov/);
});

test('/help-now/ keeps at least 8 px between buttons at 320 px', async ({ page }) => {
  await page.goto('help-now/');
  const buttons = page.getByRole('main').locator('.button');
  expect(await buttons.count()).toBeGreaterThan(10);
  expect(await crowdedTargets(page, 'main')).toEqual([]);
  expect(await crowdedTargets(page, '.site-header')).toEqual([]);
});

test('crisis help has its own style, kept in dark mode and in print, and nothing else uses it', async ({ page }) => {
  const look = () =>
    page.locator('.emergency').first().evaluate((el) => {
      const style = getComputedStyle(el);
      const icon = el.querySelector('.crisis-icon');
      return { border: style.borderTopColor, icon: icon !== null && getComputedStyle(icon).display !== 'none' };
    });
  await page.goto('help-now/');
  const light = await look();
  expect(light.icon).toBe(true);
  // The plain callout and the site's accent are not red: the crisis style stands apart.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(light.border).not.toBe(accent);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await look();
  expect(dark.icon).toBe(true);
  expect(dark.border).not.toBe(light.border);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const paper = await look();
  expect(paper).toEqual(light);
  // A guide without crisis content shows no crisis box.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('guides/paying-for-iop/');
  await expect(page.getByRole('main').locator('.emergency')).toHaveCount(0);
});

test('the help box in a guide names 911 and naloxone, and 988 by call, text and chat', async ({ page }) => {
  await page.goto('guides/families/');
  const box = page.getByRole('complementary', { name: /danger/ });
  await expect(box).toBeVisible();
  const text = await box.innerText();
  expect(text).toMatch(/911/);
  expect(text).toMatch(/naloxone/i);
  expect(text.indexOf('911')).toBeLessThan(text.indexOf('988'));
  await expect(box.getByRole('link', { name: 'Chat with 988' })).toHaveAttribute('href', 'https://988lifeline.org/chat/');
  expect(await crowdedTargets(page, 'aside.emergency')).toEqual([]);
});
