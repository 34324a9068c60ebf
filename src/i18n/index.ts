// One typed dictionary per language, gathered by area so each part of the site keeps its words in
// one file. Components ask for the page's language: `uiText(langOf(Astro.currentLocale)).chrome`.
import type { Lang, Widen } from './lang.ts';
import { chromeEn } from './en/chrome.ts';
import { pagesEn } from './en/pages.ts';
import { contentEn } from './en/content.ts';
import { faqPagesEn } from './en/faqPages.ts';
import { figuresEn } from './en/figures.ts';
import { toolsEn } from './en/tools.ts';
import { checklistEn } from './en/checklist.ts';
import { faqSearchEn } from './en/faqSearch.ts';
import { searchEn } from './en/search.ts';
import { referrersEn } from './en/referrers.ts';
import { chromeEs } from './es/chrome.ts';
import { pagesEs } from './es/pages.ts';
import { contentEs } from './es/content.ts';
import { faqPagesEs } from './es/faqPages.ts';
import { figuresEs } from './es/figures.ts';
import { toolsEs } from './es/tools.ts';
import { checklistEs } from './es/checklist.ts';
import { faqSearchEs } from './es/faqSearch.ts';
import { searchEs } from './es/search.ts';
import { referrersEs } from './es/referrers.ts';

const english = {
  chrome: chromeEn,
  pages: pagesEn,
  content: contentEn,
  faqPages: faqPagesEn,
  figures: figuresEn,
  tools: toolsEn,
  checklist: checklistEn,
  faqSearch: faqSearchEn,
  search: searchEn,
  referrers: referrersEn,
};

/** Every area's text, typed from the English files: a Spanish file that misses a key fails the type check. */
export type UiText = { readonly [Area in keyof typeof english]: Widen<(typeof english)[Area]> };

const dictionaries: Record<Lang, UiText> = {
  en: english,
  es: {
    chrome: chromeEs,
    pages: pagesEs,
    content: contentEs,
    faqPages: faqPagesEs,
    figures: figuresEs,
    tools: toolsEs,
    checklist: checklistEs,
    faqSearch: faqSearchEs,
    search: searchEs,
    referrers: referrersEs,
  },
};

export function uiText(lang: Lang): UiText {
  return dictionaries[lang];
}

export { langOf, intlLocale, ogLocale, languages, type Lang } from './lang.ts';
