// A pastor refers a family: opens the kit, prints the one-page handout from the top, sends the right
// page by copying it or by text message, and sees that each copy worked.
import { expect, test, type Locator, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { topQuestions, topQuestionsFor } from '../../src/data/program-questions.ts';
import { uiText } from '../../src/i18n/index.ts';
import { helpLinesFor } from '../../src/data/es/help-lines.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const pdfPages = async (page: Page, format: 'Letter' | 'A4') => {
  const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
};

test('the handout is the first thing offered on the kit page, and prints on one page with everything a family needs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('for-referrers/');
  const main = page.getByRole('main');
  const handoutButton = main.getByRole('link', { name: 'Print the one-page handout' });
  await expect(handoutButton).toBeInViewport();
  // It is the first control in the page's content, ahead of share and copy.
  const firstControl = main.locator('a.button, button:visible').first();
  await expect(firstControl).toHaveText('Print the one-page handout');
  // The kit page itself offers no "Print" of its own three-page self.
  await expect(main.getByRole('button', { name: 'Print', exact: true })).toHaveCount(0);

  await handoutButton.click();
  await expect(page).toHaveURL(/\/for-referrers\/handout\/$/);
  const handout = page.locator('.handout');
  await expect(handout).toContainText('FindTreatment.gov');
  await expect(handout).toContainText('SAMHSA National Helpline');
  for (const question of topQuestions) await expect(handout).toContainText(question.text);
  await expect(handout).toContainText('42 CFR Part 2');
  const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  await expect(handout.locator('[data-today]')).toHaveText(`on ${today}`);
  await expect(handout.getByRole('heading', { name: 'From' })).toBeVisible();
  await expect(handout).toContainText('Call me:');

  await page.emulateMedia({ media: 'print' });
  for (const part of ['FindTreatment.gov', 'Call me:', '42 CFR Part 2', topQuestions[0]!.text]) {
    await expect(handout.getByText(part, { exact: false }).first()).toBeVisible();
  }
  for (const format of ['Letter', 'A4'] as const) expect(await pdfPages(page, format), `${format} pages`).toBe(1);
});

test('without JavaScript the handout leaves a blank for the date', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('for-referrers/handout/');
  await expect(page.locator('[data-today]')).toHaveText(/on: _+/);
  await context.close();
});

test('"which page to send" covers cost and teens, and each row can be copied or texted', async ({ page }) => {
  await page.goto('for-referrers/');
  const table = page.locator('.send-table');
  await expect(table.getByRole('row', { name: /cost/i }).getByRole('link', { name: 'Paying for IOP', exact: true })).toHaveAttribute('href', /\/guides\/paying-for-iop\/$/);
  await expect(table.getByRole('row', { name: /teen/i }).getByRole('link', { name: 'IOP for teens', exact: true })).toHaveAttribute('href', /\/guides\/teens\/$/);
  const text = table.getByRole('link', { name: /^Text it\s*: IOP for teens$/ });
  const href = (await text.getAttribute('href'))!;
  expect(href).toMatch(/^sms:\?&body=/);
  expect(decodeURIComponent(href.replace('sms:?&body=', ''))).toMatch(/^https?:\/\/[^/]+\/(.+\/)?guides\/teens\/$/);
});

/** The address a handout's QR code holds, read back by drawing the expected code and comparing the modules. */
async function qrModules(page: Page): Promise<string> {
  return (await page.locator('.handout svg.qr-code path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(' '))).trim();
}
async function drawnQrModules(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return [...svg.matchAll(/<path\b[^>]*\sd="([^"]+)"/g)].map((m) => m[1]).join(' ').trim();
}
/** The published address of a page of this site, from its canonical link. */
async function canonicalOf(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  return /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
}

test('el kit en español ofrece primero la hoja, y la hoja tiene todo en español, con el 988 (marque 2, AYUDA) y el 911', async ({ page }) => {
  const t = uiText('es').referrers;
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('es/para-referentes/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const main = page.getByRole('main');
  const handoutButton = main.getByRole('link', { name: t.kit.handoutButton });
  await expect(handoutButton).toBeInViewport();
  await expect(main.locator('a.button, button:visible').first()).toHaveText(t.kit.handoutButton);

  // "Which page to send" sends the Spanish guides, and texts their Spanish address.
  const table = page.locator('.send-table');
  const teens = table.getByRole('link', { name: 'IOP para adolescentes', exact: true });
  await expect(teens).toHaveAttribute('href', /\/es\/guias\/iop-para-adolescentes\/$/);
  const text = table.getByRole('link', { name: new RegExp(`^${t.kit.send.text}\\s*: IOP para adolescentes$`) });
  expect(decodeURIComponent((await text.getAttribute('href'))!.replace('sms:?&body=', ''))).toMatch(/^https?:\/\/[^/]+\/(.+\/)?es\/guias\/iop-para-adolescentes\/$/);
  await expect(table.getByRole('link', { name: '¿Necesita ayuda ahora?', exact: true })).toHaveAttribute('href', /\/es\/ayuda-ahora\/$/);

  await handoutButton.click();
  await expect(page).toHaveURL(/\/es\/para-referentes\/hoja\/$/);
  const handout = page.locator('.handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(t.handout.heading);
  await expect(handout).toContainText('FindTreatment.gov');
  const lines = helpLinesFor('es');
  await expect(handout).toContainText(lines.samhsaHelpline.name);
  for (const question of topQuestionsFor('es')) await expect(handout).toContainText(question.text);
  await expect(handout).toContainText('42 CFR Parte 2');
  // Crisis help in Spanish: 911 in danger, 988 with press 2 or text AYUDA.
  const help = handout.locator('.handout-lines');
  await expect(help).toContainText(`${lines.emergency911.name}: ${lines.emergency911.action}.`);
  await expect(help).toContainText(lines.lifeline988Spanish.action);
  await expect(help).toContainText('marque 2');
  await expect(help).toContainText('AYUDA');
  const today = new Date().toLocaleDateString('es-US', { year: 'numeric', month: 'long', day: 'numeric' });
  await expect(handout.locator('[data-today]')).toHaveText(`el ${today}`);
  await expect(handout.getByRole('heading', { name: t.handout.from.heading })).toBeVisible();
  await expect(handout).toContainText(t.handout.from.call);

  // The QR code opens the Spanish site, and the address printed beside it is the Spanish one.
  const spanishHome = await canonicalOf(page, 'es/');
  expect(spanishHome).toMatch(/\/es\/$/);
  expect(await qrModules(page)).toBe(await drawnQrModules(spanishHome));
  await expect(handout.locator('.handout-url')).toHaveText(spanishHome.replace(/^https?:\/\//, '').replace(/\/$/, ''));
  await expect(handout.locator('svg.qr-code')).toHaveAttribute('aria-label', t.handout.more.qrLabel(spanishHome.replace(/^https?:\/\//, '').replace(/\/$/, '')));
});

test('the English handout’s QR code opens the English site (so the Spanish check above can tell them apart)', async ({ page }) => {
  await page.goto('for-referrers/handout/');
  const englishHome = await canonicalOf(page, '');
  const spanishHome = await canonicalOf(page, 'es/');
  expect(await qrModules(page)).toBe(await drawnQrModules(englishHome));
  expect(await drawnQrModules(englishHome)).not.toBe(await drawnQrModules(spanishHome));
});

test('sin JavaScript la hoja en español deja un espacio para la fecha', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('es/para-referentes/hoja/');
  await expect(page.locator('[data-today]')).toHaveText(/el: _+/);
  await context.close();
});

/**
 * Watches `control` and records what its "Copied" badge (its ::after) shows each time the badge
 * changes: a slow machine may take longer than the badge's two seconds to return from a click.
 */
async function watchBadge(control: Locator): Promise<() => Promise<string[]>> {
  await control.evaluate((el) => {
    const seen: string[] = [];
    (el as HTMLElement & { seen?: string[] }).seen = seen;
    new MutationObserver(() => seen.push(getComputedStyle(el, '::after').content)).observe(el, { attributeFilter: ['data-copied'] });
  });
  return () => control.evaluate((el) => (el as HTMLElement & { seen?: string[] }).seen ?? []);
}

test('every copy control shows a visible "Copied" and announces it', async ({ page }) => {
  await page.goto('for-referrers/');
  const copyButton = page.getByRole('button', { name: /^Copy link\s*: Levels of care$/ });
  let seen = await watchBadge(copyButton);
  await copyButton.click();
  await expect.poll(seen).toContain('"Copied"');
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  // It goes away again, so a second copy shows it afresh.
  await expect.poll(seen, { timeout: 5000 }).toEqual(['"Copied"', 'none']);

  await page.goto('guides/teens/');
  const section = page.getByRole('link', { name: 'Copy link to section: After-school schedules' });
  seen = await watchBadge(section);
  await section.focus();
  await page.keyboard.press('Enter');
  await expect.poll(seen).toContain('"Copied"');
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');

  await page.goto('guides/families/');
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  const share = page.getByRole('button', { name: 'Share this page' });
  seen = await watchBadge(share);
  await share.click();
  await expect.poll(seen).toContain('"Copied"');
});

test('a guide offers "Text this link" beside share, with the page address in the message', async ({ page }) => {
  await page.goto('guides/what-is-iop/');
  const bar = page.locator('.share-bar').first();
  await expect(bar.getByRole('button', { name: 'Share this page' })).toBeVisible();
  const text = bar.getByRole('link', { name: 'Text this link' });
  await expect(text).toBeVisible();
  const href = (await text.getAttribute('href'))!;
  expect(decodeURIComponent(href.replace('sms:?&body=', ''))).toMatch(/^https?:\/\/[^/]+\/(.+\/)?guides\/what-is-iop\/$/);
});
