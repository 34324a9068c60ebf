// The site's name and the short pieces of wording guide pages repeat, in one place.

import { chromeEn } from '../i18n/en/chrome.ts';

export const siteName = chromeEn.siteName;
export const siteTagline = chromeEn.siteTagline;

// Navigation, footer links and the frame's wording are in the chrome dictionaries
// (src/i18n/en/chrome.ts, src/i18n/es/chrome.ts). The words below are the guide pages' and move to
// their own dictionary area with them.
export const ui = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  reviewRoles: { clinical: 'clinical review', editorial: 'editorial review' },
  notClinicallyReviewed: 'Checked against the sources listed. Not yet reviewed by a clinician.',
  inShort: 'In short',
  contents: 'On this page',
  relatedGuides: 'Related guides',
  sources: 'Sources',
} as const;

/** Square icon sizes made from public/favicon.svg (home screens, the web manifest). */
export const iconSizes = [180, 192, 512] as const;
