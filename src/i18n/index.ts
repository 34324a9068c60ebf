// One typed dictionary per language, gathered by area so each part of the site keeps its words in
// one file. Components ask for the page's language: `uiText(langOf(Astro.currentLocale)).chrome`.
import type { Lang } from './lang.ts';
import { chromeEn } from './en/chrome.ts';
import { pagesEn } from './en/pages.ts';
import { contentEn } from './en/content.ts';
import { toolsEn } from './en/tools.ts';
import { searchEn } from './en/search.ts';
import { referrersEn } from './en/referrers.ts';
import { chromeEs } from './es/chrome.ts';
import { pagesEs } from './es/pages.ts';
import { contentEs } from './es/content.ts';
import { toolsEs } from './es/tools.ts';
import { searchEs } from './es/search.ts';
import { referrersEs } from './es/referrers.ts';

const english = {
  chrome: chromeEn,
  pages: pagesEn,
  content: contentEn,
  tools: toolsEn,
  search: searchEn,
  referrers: referrersEn,
};

export type UiText = { readonly [Area in keyof typeof english]: import('./lang.ts').Widen<(typeof english)[Area]> };

const dictionaries: Record<Lang, UiText> = {
  en: english,
  es: {
    chrome: chromeEs,
    pages: pagesEs,
    content: contentEs,
    tools: toolsEs,
    search: searchEs,
    referrers: referrersEs,
  },
};

export function uiText(lang: Lang): UiText {
  return dictionaries[lang];
}

export { langOf, type Lang } from './lang.ts';
