// The search word lists of each site language, so a search box asks for its page's language.
import type { Lang } from '../../i18n/lang.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { SearchWords } from './types.ts';

export const searchWordsByLang: Record<Lang, SearchWords> = { en, es };

/** The word lists for `lang` (English when none is given). */
export function searchWords(lang: Lang = 'en'): SearchWords {
  return searchWordsByLang[lang];
}
