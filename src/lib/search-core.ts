// The one search every box on the site uses (the search page, the header box's results, the FAQ search):
// it turns a reader's question into index searches and merges what they find. Pure: the index is passed in
// as a function (Pagefind in the browser, a fake in tests), and so are the word lists of the language.
//
//   const answer = await answerQuery('how do I help my son', { words: en, search, vocabulary });
//   answer.crisis      → show crisis help above everything
//   answer.results     → the index's own result objects, best first
//   answer.status      → the line to announce ("7 results for “…”.")
//   answer.note        → say so when few or no pages have every word, or a word was respelled
//   answer.suggestions → "Did you mean …?" links (each with the whole query to rerun)
import type { SearchWords } from '../data/search-words/types.ts';
import { mentionsCrisis } from './search-crisis.ts';
import { displayQuery, foldWord, queryWords } from './search-query.ts';
import { allowedEdits, closestWord, makeVocabulary, type Vocabulary } from './search-spelling.ts';

/** Anything the index returns; only `id` is read, to recognise one page found by several searches. */
export interface IndexHit {
  id: string;
}

/** One search of the index for a few words, returning hits best first. */
export type IndexSearch<H extends IndexHit> = (term: string) => Promise<readonly H[]>;

export interface SearchOptions<H extends IndexHit> {
  /** The language's word lists (src/data/search-words/<lang>.ts). */
  words: SearchWords;
  search: IndexSearch<H>;
  /**
   * The site's words, most used first, for "Did you mean". Loaded alongside the first searches, and only
   * for a query with a word long enough to correct (five letters or more).
   */
  vocabulary?: () => Promise<readonly string[]>;
}

/** One index search the plan makes, and how much its ranking counts in the merge. */
export interface PlannedSearch {
  term: string;
  weight: number;
  kind: 'all words' | 'crisis help' | 'same meaning' | 'some words' | 'spelling';
}

export interface QueryPlan {
  /** The query as the reader typed it, tidied for showing back. */
  display: string;
  /** Every word, including common ones. */
  words: string[];
  /** The words that carry meaning, each once, in the reader's order. */
  meaningful: string[];
  crisis: boolean;
  /** Searched every time. */
  first: PlannedSearch[];
  /** Searched too when `first` finds fewer than `enoughResults` pages. */
  relaxed: PlannedSearch[];
}

export interface Suggestion {
  /** The reader's word the site does not use. */
  word: string;
  /** The closest word the site does use. */
  suggestion: string;
  /** The whole query with that word replaced: rerun the search with this. */
  query: string;
}

export interface SearchAnswer<H extends IndexHit> {
  display: string;
  crisis: boolean;
  results: H[];
  /** True when no page had every word and the results match some of them. */
  relaxed: boolean;
  suggestions: Suggestion[];
  /** The line to announce; empty for an empty box. */
  status: string;
  /** The honest note above relaxed results, else null. */
  note: string | null;
}

/** Fewer pages than this for all the words, and the search relaxes to some of them. */
export const enoughResults = 3;
/** The most words of one query searched one by one (a pasted paragraph stays quick). */
export const maxSearchedWords = 8;
/** Reciprocal rank fusion's constant: smaller lets a top rank count for more. */
const fusionK = 5;
/**
 * Only a search's first few hits vote in full; the rest keep a trace, so they still follow in order. Else a
 * long page found low down by every search would beat the page each search puts first.
 */
const votingHits = 8;

/** A word list's words as the query's words are cleaned: lower case, no accents ("médico" → "medico", "niño" → "nino"). */
interface FoldedLists {
  stopWords: ReadonlySet<string>;
  /** Each synonym entry's `when` phrases, split into folded words. */
  when: readonly (readonly (readonly string[])[])[];
  /** Every single word a synonym entry names: real words, never offered a correction. */
  understood: ReadonlySet<string>;
}

const foldedCache = new WeakMap<SearchWords, FoldedLists>();

function folded(lists: SearchWords): FoldedLists {
  let result = foldedCache.get(lists);
  if (!result) {
    const when = lists.synonyms.map((entry) => entry.when.map((w) => foldWord(w).split(' ').filter((p) => p !== '')));
    result = {
      stopWords: new Set(lists.stopWords.map(foldWord)),
      when,
      understood: new Set(when.flatMap((phrases) => phrases.filter((p) => p.length === 1).map((p) => p[0]!))),
    };
    foldedCache.set(lists, result);
  }
  return result;
}

/** The `alsoSearch` terms of every synonym entry the query triggers; `phrase` when a several-word `when` matched. */
function synonymTerms(words: readonly string[], lists: SearchWords): { term: string; phrase: boolean }[] {
  const found = new Map<string, boolean>();
  const whens = folded(lists).when;
  for (const [index, entry] of lists.synonyms.entries()) {
    let hit: 'word' | 'phrase' | null = null;
    for (const parts of whens[index]!) {
      if (parts.length === 0) continue;
      for (let i = 0; i + parts.length <= words.length && hit !== 'phrase'; i++) {
        if (parts.every((p, k) => words[i + k] === p)) hit = parts.length > 1 ? 'phrase' : 'word';
      }
    }
    if (!hit) continue;
    // A phrase the reader typed, or a word the site never uses, counts as much as the reader's own words.
    const strong = hit === 'phrase' || entry.readerWordsOnly === true;
    for (const term of entry.alsoSearch) found.set(term, found.get(term) === true || strong);
  }
  return [...found].map(([term, strong]) => ({ term, phrase: strong }));
}

/** Plans the index searches for a query; pure and synchronous, so the plan itself is unit-tested. */
export function planQuery(raw: unknown, lists: SearchWords): QueryPlan {
  const display = displayQuery(raw);
  const words = queryWords(raw);
  const stop = folded(lists).stopWords;
  const meaningful = [...new Set(words.filter((w) => !stop.has(w)))];
  const crisis = mentionsCrisis(raw, lists.crisisPhrases);
  const searched = meaningful.slice(0, maxSearchedWords);
  const first: PlannedSearch[] = [];
  const relaxed: PlannedSearch[] = [];
  const add = (list: PlannedSearch[], term: string, weight: number, kind: PlannedSearch['kind']) => {
    if (term !== '' && ![...first, ...relaxed].some((s) => s.term === term)) list.push({ term, weight, kind });
  };
  if (searched.length > 0) {
    add(first, searched.join(' '), 4, 'all words');
    // A crisis question also looks for the pages about getting help now.
    if (crisis) for (const term of lists.crisisAlsoSearch) add(first, term, 4, 'crisis help');
    // A phrase the reader typed ("find out", "mental health only") says more than one word does.
    for (const { term, phrase } of synonymTerms(words, lists)) add(first, term, phrase ? 5 : 2, 'same meaning');
    // Neighbouring pairs keep a phrase together ("first day", "drug tests"); then each word alone.
    for (let i = 0; i + 1 < searched.length; i++) add(relaxed, `${searched[i]} ${searched[i + 1]}`, 2, 'some words');
    for (const word of searched) add(relaxed, word, 1, 'some words');
  }
  return { display, words, meaningful, crisis, first, relaxed };
}

/** Merges rankings: each page scores Σ weight / (k + rank) over the searches that found it. */
export function fuseRankings<H extends IndexHit>(rankings: readonly { weight: number; hits: readonly H[] }[]): H[] {
  const scores = new Map<string, { hit: H; score: number; order: number }>();
  let order = 0;
  for (const { weight, hits } of rankings) {
    hits.forEach((hit, rank) => {
      const entry = scores.get(hit.id) ?? { hit, score: 0, order: order++ };
      entry.score += rank < votingHits ? weight / (fusionK + rank + 1) : weight / (fusionK + rank + 1) / 100;
      scores.set(hit.id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((e) => e.hit);
}

async function runAll<H extends IndexHit>(planned: readonly PlannedSearch[], search: IndexSearch<H>) {
  return Promise.all(planned.map(async (p) => ({ ...p, hits: await search(p.term) })));
}

function statusFor(lists: SearchWords, plan: QueryPlan, count: number): string {
  if (plan.display === '' || plan.words.length === 0) return plan.display === '' ? '' : lists.text.typeSomething;
  if (plan.meaningful.length === 0) return lists.text.onlyCommonWords(plan.display);
  return count === 0 ? lists.text.noResults(plan.display) : lists.text.results(count, plan.display);
}

/**
 * Answers a query: searches all its meaningful words plus their synonyms; when that finds fewer than
 * three pages, also searches pairs and single words (and, with a vocabulary, the closest spelling of
 * words the site does not use) and merges the rankings. Throws only when `search` throws.
 */
export async function answerQuery<H extends IndexHit>(raw: unknown, options: SearchOptions<H>): Promise<SearchAnswer<H>> {
  const { words: lists, search } = options;
  const plan = planQuery(raw, lists);
  const done = (results: H[], allWordsCount: number, suggestions: Suggestion[], spelled: boolean): SearchAnswer<H> => {
    // Relaxed: the results go beyond the pages that have every word (there were fewer than enough of those).
    const relaxed = plan.meaningful.length > 1 && results.length > allWordsCount && allWordsCount < enoughResults;
    return {
      display: plan.display,
      crisis: plan.crisis,
      results,
      relaxed,
      suggestions,
      status: statusFor(lists, plan, results.length),
      note: noteFor(lists, results.length, relaxed ? allWordsCount : null, spelled ? suggestions : []),
    };
  };
  if (plan.first.length === 0) return done([], 0, [], false);

  // Words that might be misspelled: the vocabulary loads alongside the first searches, only for them.
  // A word the synonym list understands is spelled right already ("aseguranza", "coverage"): no need to check it.
  const understood = folded(lists).understood;
  const checkable = plan.meaningful
    .slice(0, maxSearchedWords)
    .filter((w) => allowedEdits(w.length) > 0 && !/\d/.test(w) && !understood.has(w));
  const vocabulary = checkable.length > 0 && options.vocabulary ? loadVocabulary(options.vocabulary, lists) : Promise.resolve(null);
  const [firstRuns, known] = await Promise.all([runAll(plan.first, search), vocabulary]);
  const suggestions = suggestFor(plan, checkable, known);
  const allWords = firstRuns[0]!.hits;
  // A word the site does not use finds only the index's guesses (pages with a word that starts alike), so
  // a query with a misspelling always goes on to search the site's spelling.
  if (suggestions.length === 0 && (allWords.length >= enoughResults || (plan.relaxed.length === 0 && allWords.length > 0))) {
    return done(helpFirst(plan, firstRuns, fuseRankings(firstRuns)), allWords.length, suggestions, false);
  }

  let runs = [...firstRuns, ...(await runAll(plan.relaxed, search))];
  if (suggestions.length > 0) {
    // Searches with a misspelled word rank the index's guesses, not the reader's meaning: leave them out.
    const misspelled = new Set(suggestions.map((s) => s.word));
    runs = runs.filter((r) => !r.term.split(' ').some((w) => misspelled.has(w)));
    // Search the corrected query as if the reader had typed it: all its words and their synonyms.
    const fixed = planQuery(suggestions.at(-1)!.query, lists);
    const spelled = [...fixed.first, ...suggestions.map((s) => ({ term: s.suggestion, weight: 2, kind: 'spelling' as const }))];
    const fresh = spelled.filter((p, i) => spelled.findIndex((q) => q.term === p.term) === i && !runs.some((r) => r.term === p.term));
    runs.push(...(await runAll(fresh, search)));
  }
  // Pages with every word still come first: their search weighs most.
  return done(helpFirst(plan, runs, fuseRankings(runs)), allWords.length, suggestions, suggestions.length > 0);
}

/** For a crisis question, the best page about getting help now (the crisis search's first hit) leads. */
function helpFirst<H extends IndexHit>(plan: QueryPlan, runs: readonly (PlannedSearch & { hits: readonly H[] })[], results: H[]): H[] {
  if (!plan.crisis) return results;
  const help = runs.find((r) => r.kind === 'crisis help')?.hits[0];
  return help ? [help, ...results.filter((r) => r.id !== help.id)] : results;
}

/** `withAllWords` is how many pages have every word when the search relaxed, else null. */
function noteFor(lists: SearchWords, count: number, withAllWords: number | null, spelled: readonly Suggestion[]): string | null {
  if (count === 0) return null;
  if (spelled.length > 0) return lists.text.spellingNote(spelled.map((s) => [s.word, s.suggestion] as const));
  if (withAllWords === null) return null;
  return withAllWords === 0 ? lists.text.relaxedNote : lists.text.relaxedSomeNote(withAllWords);
}

/** The site's words, then the words the synonym list understands (a reader may mean "suboxone"). */
async function loadVocabulary(load: () => Promise<readonly string[]>, lists: SearchWords): Promise<Vocabulary | null> {
  try {
    return makeVocabulary([...(await load()), ...folded(lists).understood], lists.wordEndings);
  } catch {
    // Suggestions are a help, not a need: search on without them.
    return null;
  }
}

/** "Did you mean" for each word the site does not use; each suggestion's query fixes that word and those before it. */
function suggestFor(plan: QueryPlan, missing: readonly string[], vocabulary: Vocabulary | null): Suggestion[] {
  if (!vocabulary) return [];
  const fixes = new Map<string, string>();
  const suggestions: Suggestion[] = [];
  for (const word of missing) {
    const suggestion = closestWord(word, vocabulary);
    if (!suggestion) continue;
    fixes.set(word, suggestion);
    const query = plan.words.map((w) => fixes.get(w) ?? w).join(' ');
    suggestions.push({ word, suggestion, query });
  }
  return suggestions;
}
