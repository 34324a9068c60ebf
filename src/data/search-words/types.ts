// The shape of one language's search word lists. A second language adds a file of this type beside en.ts.

/** Words that point to the same pages as other words a reader did not type. */
export interface SynonymEntry {
  /** What the reader types: single words or short phrases, lower case, no punctuation. */
  when: readonly string[];
  /** Words the site itself uses for the same idea; each is searched too. */
  alsoSearch: readonly string[];
  /** Why a real reader would type these words (kept so every entry can be reviewed). */
  reason: string;
  /**
   * The site never uses the `when` words (a regional or brand word: "aseguranza", "chamaco", "Suboxone"),
   * so the index can only guess at them: the site's words are searched with the weight of the reader's own.
   */
  readerWordsOnly?: boolean;
}

export interface SearchWords {
  /** BCP 47 language code of the lists. */
  lang: string;
  /** Words that carry no meaning for this site's search ("how", "my", "the"); dropped from queries. */
  stopWords: readonly string[];
  synonyms: readonly SynonymEntry[];
  /**
   * Phrases that mean someone may be in danger. Lower case, words separated by one space. A word ending
   * in "*" matches any word that starts with it ("suicid*" matches "suicidal"). Words of six letters or
   * more also match with one typo, so the list names only misspellings that one typo does not cover.
   */
  crisisPhrases: readonly string[];
  /** Searched with a crisis question, so the page on getting help now ranks first among the results. */
  crisisAlsoSearch: readonly string[];
  /**
   * Endings a word may carry and still be one of the site's words, for "Did you mean" ("relapses" is
   * "relapse"; "matarme" is "matar"). English endings when absent.
   */
  wordEndings?: readonly string[];
  /** Everything the search says, in this language. */
  text: SearchText;
}

export interface SearchText {
  typeSomething: string;
  onlyCommonWords: (query: string) => string;
  results: (count: number, query: string) => string;
  noResults: (query: string) => string;
  relaxedNote: string;
  /** When a few pages (fewer than three) have every word and more pages follow them. */
  relaxedSomeNote: (count: number) => string;
  /** Said when results come from the site's spelling of a word the reader typed differently. */
  spellingNote: (fixes: readonly (readonly [typed: string, used: string])[]) => string;
  didYouMean: string;
  showMore: string;
  unavailable: string;
  crisisTitle: string;
  /** Starts the status line when crisis help is shown above the results. */
  crisisStatus: string;
}
