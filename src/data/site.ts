// The site's name, navigation and the short pieces of wording every page repeats, in one place.

export const siteName = 'IOP Guide';
export const siteTagline = 'Plain answers about intensive outpatient programs for mental health and substance use';

/** Main navigation, in reading order. Paths are relative to the site root. */
export const navigation = [
  { label: 'Guides', path: '/guides/' },
  { label: 'FAQ', path: '/faq/' },
  { label: 'Tools', path: '/tools/' },
  { label: 'Glossary', path: '/glossary/' },
  { label: 'For referrers', path: '/for-referrers/' },
  { label: 'Search', path: '/search/' },
] as const;

export const footerLinks = [
  { label: 'About and editorial policy', path: '/about/' },
  { label: 'Privacy', path: '/about/#privacy' },
  { label: 'Need help now?', path: '/help-now/' },
] as const;

export const ui = {
  skipLink: 'Skip to main content',
  helpNow: 'Need help now?',
  notMedicalAdvice:
    'IOP Guide explains treatment in general terms. It is educational, not medical advice. A licensed clinician who knows the person should decide on care.',
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
