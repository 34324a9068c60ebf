// English UI text: content (guides, their list, the glossary). The Spanish file types itself with
// ContentText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const contentEn = {
  home: 'Home',
  guides: 'Guides',
  /** "Written for families and referrers." */
  writtenFor: (audiences: string) => `Written for ${audiences}.`,
  inShort: 'In short',
  contents: 'On this page',
  relatedGuides: 'Related guides',
  sources: 'Sources',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  /** Joins the last two reviewers' names. */
  and: ' and ',
  reviewRoles: { clinical: 'clinical review', editorial: 'editorial review' },
  notClinicallyReviewed: 'Checked against the sources listed. Not yet reviewed by a clinician.',
  copySectionLink: 'Copy link to section:',
  guideList: {
    title: 'Guides',
    pageTitle: (page: number, total: number) => `Guides, page ${page} of ${total}`,
    description:
      'Plain-language guides to intensive outpatient programs: what they are, what to expect, cost, teens, families and what comes after.',
    intro:
      'Each guide answers one part of the picture in plain words, shows its sources and says when it was last checked. Start with the first one if IOP is new to you.',
    count: (all: number, shown: number) => `${all} guides, ${shown} on this page.`,
    pagerLabel: 'Pages of guides',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number) => `Page ${n}`,
  },
  glossary: {
    title: 'Glossary',
    description: 'Plain definitions of the words used in treatment: levels of care, therapies, insurance terms and privacy rules.',
    intro:
      'Words you may hear from a program, an insurer or a clinician, in plain language. Guides link here the first time they use a term.',
    indexLabel: 'Glossary, A to Z',
    alsoCalled: 'also called',
    backToTop: 'Back to the A to Z',
  },
} as const;

export type ContentText = Widen<typeof contentEn>;
