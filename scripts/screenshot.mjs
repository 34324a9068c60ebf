// Takes a screenshot of a page of the running preview, to look at a layout as a reader sees it.
// Usage: node scripts/screenshot.mjs <path> <out.png> [width] [light|dark]   (FULL=1 for the whole page)
import { chromium } from '@playwright/test';
import { locateBrowser } from './find-browser.mjs';
import { chromiumArgs } from './chromium-flags.mjs';

const [, , path = '', out = 'screenshot.png', width = '390', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: await locateBrowser(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, colorScheme: scheme });
await page.goto(`http://localhost:${process.env.PORT ?? 4321}/${path}`);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
