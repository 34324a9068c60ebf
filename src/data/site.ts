// The site's name and tagline (from the English chrome dictionary) and its icon sizes.

import { chromeEn } from '../i18n/en/chrome.ts';
import { contentEn } from '../i18n/en/content.ts';

export const siteName = chromeEn.siteName;
export const siteTagline = chromeEn.siteTagline;

// Navigation, footer links and the frame's wording are in the chrome dictionaries
// (src/i18n/en/chrome.ts, src/i18n/es/chrome.ts); the guide pages' words (review dates, "In short",
// "Sources") in the content dictionaries. `ui` is the English content words, for code that imports it here.
export const ui = contentEn;

/** Square icon sizes made from public/favicon.svg (home screens, the web manifest). */
export const iconSizes = [180, 192, 512] as const;
