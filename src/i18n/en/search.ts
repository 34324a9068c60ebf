// English UI text: the search page (/search/). What the search itself says (result counts, notes, "Did you
// mean", crisis panel title) lives with its word lists in src/data/search-words/en.ts. The Spanish file
// types itself with SearchText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const searchEn = {
  title: 'Search',
  description:
    'Search every guide, FAQ answer and glossary term on IOP Guide. Search runs in your browser; nothing you type is sent anywhere.',
  heading: 'Search the site',
  inputLabel: 'Search words',
  hint: 'Type a word or a question, for example: work, insurance, how do I help my son.',
  button: 'Search',
  privacy: 'Search runs in your browser, and what you type is never sent anywhere.',
  /** "You can also browse [all guides], the [FAQ] or the [glossary]." */
  browse: {
    start: 'You can also browse',
    guides: 'all guides',
    beforeFaq: ', the',
    faq: 'FAQ',
    beforeGlossary: 'or the',
    glossary: 'glossary',
    end: '.',
  },
  noScript: 'Search needs JavaScript turned on. The links above lead to every page on the site.',
} as const;

export type SearchText = Widen<typeof searchEn>;
