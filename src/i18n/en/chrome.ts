// English UI text: chrome (the frame around every page: header, navigation, footer, help box, share
// bar, print lines). The Spanish file types itself with ChromeText, so it cannot miss a key.
// Paths are English site paths; components turn them into the page language's paths with pagePath().
import type { Widen } from '../lang.ts';

export const chromeEn = {
  siteName: 'IOP Guide',
  siteTagline: 'Plain answers about intensive outpatient programs for mental health and substance use',
  skipLink: 'Skip to main content',
  helpNow: 'Need help now?',
  /** The link to this page in the other language, named in that language. */
  otherLanguage: { label: 'Español', lang: 'es' },
  headerSearch: { formLabel: 'Site', inputLabel: 'Search this site', button: 'Search' },
  navLabel: 'Main',
  /** Main navigation, in reading order. */
  navigation: [
    { label: 'Guides', path: '/guides/' },
    { label: 'FAQ', path: '/faq/' },
    { label: 'Tools', path: '/tools/' },
    { label: 'Glossary', path: '/glossary/' },
    { label: 'For referrers', path: '/for-referrers/' },
    { label: 'Search', path: '/search/' },
  ],
  footer: {
    notMedicalAdvice:
      'IOP Guide explains treatment in general terms. It is educational, not medical advice. A licensed clinician who knows the person should decide on care.',
    independent: 'No treatment center pays for or is named on this site. No ads, no cookies, no tracking.',
    links: [
      { label: 'About and editorial policy', path: '/about/', hash: '' },
      { label: 'Privacy', path: '/about/', hash: '#privacy' },
      { label: 'Need help now?', path: '/help-now/', hash: '' },
    ],
  },
  print: {
    crisis: 'In a crisis, call or text 988 — in danger, call 911.',
    printedFrom: 'Printed from',
  },
  helpBox: {
    title: 'If someone may be in danger right now, call 911',
    notEmergency: 'For a crisis that is not an emergency:',
    allLines: 'All help lines: veterans, Spanish, TTY, poison help',
    /** Joins a help line's links: "Call 988, Text 988 or Chat with 988". */
    or: ' or ',
  },
  disclaimer: { before: 'If someone is in danger, ', link: 'get help now', after: '.' },
  share: {
    share: 'Share this page',
    text: 'Text this link',
    print: 'Print',
    copied: 'Copied',
    linkCopied: 'Link copied',
    couldNotCopy: 'Could not copy',
    couldNotCopyLink: 'Could not copy. The link is',
    /** "Printed on …" on a handout: the word before the date. */
    printedOn: 'on',
  },
  breadcrumbLabel: 'Breadcrumb',
} as const;

export type ChromeText = Widen<typeof chromeEn>;
