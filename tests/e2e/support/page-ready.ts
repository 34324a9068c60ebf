// Waits for a page to be fully shown without waiting for the network to fall silent (networkidle costs
// at least 500 ms a call): every island brought into view and hydrated, fonts loaded, frames painted.
import { expect, type Page } from '@playwright/test';

/** Resolves after two animation frames: style, layout and paint have caught up with the last change. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Scrolls each island (all load `client:visible`) into view so it hydrates, then to the end of the page,
 * and waits until no island is left unhydrated (Astro drops the `ssr` attribute once it has run).
 */
export async function showEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    // An island is `display: contents`; its first child is what scrolls into view.
    for (const island of document.querySelectorAll('astro-island')) {
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frame();
    }
    window.scrollTo(0, document.body.scrollHeight);
    await document.fonts.ready;
  });
  await expect(page.locator('astro-island[ssr]'), 'islands not yet hydrated').toHaveCount(0);
  await nextFrames(page);
}
