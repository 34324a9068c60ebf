// The site's name and tagline (from the English chrome dictionary) and its icon sizes. Navigation,
// footer links and every other word of the frame are in the dictionaries (src/i18n/<lang>/chrome.ts).

import { chromeEn } from '../i18n/en/chrome.ts';

export const siteName = chromeEn.siteName;
export const siteTagline = chromeEn.siteTagline;

/** Square icon sizes made from public/favicon.svg (home screens, the web manifest). */
export const iconSizes = [180, 192, 512] as const;
