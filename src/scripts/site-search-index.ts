// Connects the search core to this site's Pagefind index and spelling vocabulary, loading each only
// when a reader searches. Every search box uses these, so they behave the same:
//
//   import { siteSearch } from './site-search-index.ts';
//   const ask = siteSearch();                        // the FAQ: siteSearch({ filters: { type: 'faq' } })
//   const answer = await ask(text);
//   // answer.crisis first (help lines above everything), then answer.status, answer.note,
//   // answer.suggestions (each .query reruns the search) and answer.results (call .data() on those you show)
import { searchWords } from '../data/search-words/index.ts';
import type { SearchWords } from '../data/search-words/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { answerQuery, type IndexSearch, type SearchAnswer } from '../lib/search-core.ts';
import { vocabularyFileFor } from '../lib/search-spelling.ts';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-loader.ts';

/** The English vocabulary file the build writes (see src/integrations/search-vocabulary.ts). */
export const vocabularyFile = vocabularyFileFor('en');

export interface PagefindIndexOptions {
  /** Pagefind filters applied to every search, e.g. `{ type: 'faq' }` for the FAQ. */
  filters?: Record<string, unknown>;
  /** Where Pagefind comes from; tests pass a fake. */
  load?: () => Promise<PagefindApi>;
}

/**
 * An index search backed by Pagefind. Results are Pagefind's own: nothing beyond the index words is
 * fetched until the caller asks a result for its `data()`. Answers are remembered for the page's life.
 */
export function pagefindIndexSearch(options: PagefindIndexOptions = {}): IndexSearch<PagefindResult> {
  const load = options.load ?? loadPagefind;
  const remembered = new Map<string, Promise<readonly PagefindResult[]>>();
  return (term) => {
    let answer = remembered.get(term);
    if (!answer) {
      answer = load()
        .then((api) => api.search(term, options.filters ? { filters: options.filters } : {}))
        .then((found) => found.results);
      answer.catch(() => remembered.delete(term));
      remembered.set(term, answer);
    }
    return answer;
  };
}

const vocabularies = new Map<Lang, Promise<readonly string[]>>();

/**
 * The words of the site's pages in `lang`, most used first, fetched once and only when a search needs
 * spelling help.
 */
export function siteVocabulary(lang: Lang = 'en'): Promise<readonly string[]> {
  let words = vocabularies.get(lang);
  if (!words) {
    words = fetch(`${import.meta.env.BASE_URL}${vocabularyFileFor(lang)}`).then(async (response) => {
      if (!response.ok) throw new Error(`vocabulary: HTTP ${response.status}`);
      const list: unknown = await response.json();
      return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [];
    });
    words.catch(() => vocabularies.delete(lang));
    vocabularies.set(lang, words);
  }
  return words;
}

export interface SiteSearchOptions extends PagefindIndexOptions {
  /** The language of the page searching: picks its word lists. English by default. */
  lang?: Lang;
  /** Word lists to use instead of the language's own (tests). */
  words?: SearchWords;
}

/**
 * The site's search, ready for any search box: give it the reader's text, get back what to show.
 * One instance per box remembers its index answers, so typing on reuses them.
 */
export function siteSearch(options: SiteSearchOptions = {}): (text: string) => Promise<SearchAnswer<PagefindResult>> {
  const search = pagefindIndexSearch(options);
  const words = options.words ?? searchWords(options.lang ?? 'en');
  const lang = options.lang ?? 'en';
  return (text) => answerQuery(text, { words, search, vocabulary: () => siteVocabulary(lang) });
}
