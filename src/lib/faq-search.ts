// What the FAQ search decides, without a browser: the reader's filter state and its address, the
// Pagefind filters it asks for, which questions match (in page order), topic counts and the words of the
// live status. The widget (src/widgets/FaqSearch.tsx) only draws what these return.
import type { CrisisPanelContent } from './crisis-panel.ts';
import { fill } from './fill.ts';
import { maxQueryLength } from './search-query.ts';
import { faqSearchEn, type FaqSearchText } from '../i18n/en/faqSearch.ts';
import { contentFolders } from '../i18n/routes.ts';
import type { PagefindApi } from '../scripts/pagefind-loader.ts';

/** The Pagefind `type` filter value of the one-page-per-question FAQ pages (BaseLayout pageType). */
export const faqPageType = 'faq';

/** What the reader has asked for: words typed in the box and topic ids switched on. */
export interface FaqFilterState {
  query: string;
  topics: readonly string[];
}

export const noFilter: FaqFilterState = { query: '', topics: [] };

/** Words from the box or the address bar: spaces squeezed, trimmed, cut to the index's limit. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
}

export function withQuery(state: FaqFilterState, raw: string): FaqFilterState {
  return { ...state, query: cleanQuery(raw) };
}

/** Switches one topic on or off; the others keep their state. */
export function toggleTopic(state: FaqFilterState, topic: string): FaqFilterState {
  const topics = state.topics.includes(topic) ? state.topics.filter((t) => t !== topic) : [...state.topics, topic];
  return { ...state, topics };
}

/** True when the reader has narrowed the list by words or by topic. */
export function isFiltering(state: FaqFilterState): boolean {
  return state.query !== '' || state.topics.length > 0;
}

/**
 * The Pagefind filters for a state: always FAQ pages only, and, when topics are on, any one of them
 * (each question has one topic, so "all of them" would find nothing). Unknown topic ids are dropped.
 */
export function pagefindFilters(
  state: FaqFilterState,
  topicLabels: Readonly<Record<string, string>>,
): { type: string; topic?: { any: string[] } } {
  const labels = state.topics.flatMap((t) => (Object.hasOwn(topicLabels, t) ? [topicLabels[t]!] : []));
  return labels.length > 0 ? { type: faqPageType, topic: { any: labels } } : { type: faqPageType };
}

/** Topic ids from an address's `?topic=a,b` (or repeated `topic=`), known ones only, each once. */
export function topicsFromSearch(search: string, known: readonly string[]): string[] {
  const params = new URLSearchParams(search);
  const asked = params.getAll('topic').flatMap((v) => v.split(','));
  return known.filter((topic) => asked.includes(topic));
}

/** The state as `?q=…&topic=a,b` (empty when nothing is filtered), other parameters kept. */
export function searchWithState(search: string, state: FaqFilterState): string {
  const params = new URLSearchParams(search);
  // Always words first, then topics, whatever order the address had.
  params.delete('q');
  params.delete('topic');
  if (state.query) params.set('q', state.query);
  if (state.topics.length > 0) params.set('topic', state.topics.join(','));
  const text = params.toString().replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}

/** The questions a topic filter alone shows, in page order: no search index needed for that. */
export function byTopics(entries: readonly { slug: string; topic: string }[], topics: readonly string[]): string[] {
  return entries.filter((e) => topics.length === 0 || topics.includes(e.topic)).map((e) => e.slug);
}

/** The topic buttons to show: all of them, until words are typed; then those with a match or switched on. */
export function shownTopics(topics: readonly string[], state: FaqFilterState, counts: Readonly<Record<string, number>>): string[] {
  if (state.query === '') return [...topics];
  return topics.filter((t) => (counts[t] ?? 0) > 0 || state.topics.includes(t));
}

/** The name of the Astro slot that carries one answer's server-rendered HTML into the widget. */
export function answerSlotName(index: number): string {
  // Letters and digits only: Astro turns kebab-case slot names into camelCase props.
  return `answer${index}`;
}

/** A "Did you mean" offer: rerun the search with `query`. */
export interface FaqSuggestion {
  word: string;
  suggestion: string;
  query: string;
}

/** What the search core adds around the matches: crisis help first, the honest note, "Did you mean". */
export interface FaqSearchHelp {
  /** The help panel to show above every result, or null when the words do not mention danger. */
  crisis: CrisisPanelContent | null;
  /** Starts the status line when the crisis panel shows ("Help lines are shown first."). */
  crisisStatus: string;
  /** Said above the matches when no question has every word, or a word was respelled. */
  note: string | null;
  didYouMean: string;
  suggestions: FaqSuggestion[];
}

/** What one search found: matching questions in page order, and per topic how many match the words. */
export interface FaqQueryResult {
  slugs: string[];
  counts: Record<string, number>;
  help?: FaqSearchHelp;
}

/** What a search needs to know about the page it runs on. */
export interface FaqQueryContext {
  /** Topic id → the label Pagefind filters by. */
  topicLabels: Readonly<Record<string, string>>;
  /** Every question's slug, in page order. */
  pageOrder: readonly string[];
  /** Questions per topic on the page, the counts when no words are typed. */
  totals: Readonly<Record<string, number>>;
  /** The site's base path, for reading result addresses. */
  base: string;
  /** The address of /help-now/, base path included, for the crisis panel. */
  helpNowPath?: string;
  /** Where the page's language keeps its question pages, without the base path ("/faq/", "/es/preguntas/"). */
  folder?: string;
}

/** The one step that turns a filter state into matches: Pagefind's today; a shared search core can replace it. */
export type RunFaqQuery = (state: FaqFilterState, context: FaqQueryContext) => Promise<FaqQueryResult>;

/** A `RunFaqQuery` over Pagefind, loaded by `load` at the first query and never before. */
export function pagefindFaqQuery(load: () => Promise<PagefindApi>): RunFaqQuery {
  let filtersLoaded: Promise<unknown> | undefined;
  return async (state, { topicLabels, pageOrder, totals, base, folder }) => {
    try {
      const pagefind = await load();
      // Pagefind counts a filter only once its index is loaded; filters() loads them all (small files).
      filtersLoaded ??= pagefind.filters();
      await filtersLoaded;
      const query = state.query === '' ? null : state.query;
      let counts: Record<string, number> = { ...totals };
      let results = null;
      if (query !== null) {
        // Counts per topic come from the words alone, so a topic button says what picking it would show.
        const byWords = await pagefind.search(query, { filters: pagefindFilters(noFilter, topicLabels) });
        counts = topicCounts(topicLabels, byWords.filters?.topic);
        if (state.topics.length === 0) results = byWords;
      }
      results ??= await pagefind.search(query, { filters: pagefindFilters(state, topicLabels) });
      const pages = await Promise.all(results.results.map((r) => r.data()));
      return { slugs: matchingInPageOrder(pageOrder, pages.map((p) => slugFromResultUrl(p.url, base, folder))), counts };
    } catch (error) {
      filtersLoaded = undefined;
      throw error;
    }
  };
}

/** One result of the search core, as Pagefind gives it: the page's address and filters load on `data()`. */
export interface FaqCoreHit {
  id: string;
  data: () => Promise<{ url: string; filters?: Record<string, readonly string[]> }>;
}

/** What the search core answers for the reader's words (see src/lib/search-core.ts `SearchAnswer`). */
export interface FaqCoreAnswer {
  crisis: boolean;
  results: readonly FaqCoreHit[];
  note: string | null;
  suggestions: readonly FaqSuggestion[];
}

/** The search core, ready for the FAQ: its answer function and the words and panel it shows. */
export interface FaqCore {
  ask: (text: string) => Promise<FaqCoreAnswer>;
  crisisPanel: (helpNowPath: string) => CrisisPanelContent;
  text: { crisisStatus: string; didYouMean: string };
}

/**
 * A `RunFaqQuery` over the site's search core (synonyms, relaxing, spelling, crisis help), so the FAQ box
 * behaves like every other search box. `load` runs at the first search and never before. Matches are
 * the FAQ questions the core finds, in page order; topics filter them by each page's topic.
 */
export function coreFaqQuery(load: () => Promise<FaqCore>): RunFaqQuery {
  let core: Promise<FaqCore> | undefined;
  return async (state, { topicLabels, pageOrder, totals, base, helpNowPath, folder }) => {
    core ??= load();
    core.catch(() => {
      core = undefined;
    });
    const { ask, crisisPanel, text } = await core;
    if (state.query === '') return { slugs: [...pageOrder], counts: { ...totals } };
    const answer = await ask(state.query);
    const pages = await Promise.all(answer.results.map((r) => r.data()));
    const topicOfLabel = new Map(Object.entries(topicLabels).map(([id, label]) => [label, id]));
    const found = pages.map((p) => ({ slug: slugFromResultUrl(p.url, base, folder), topic: topicOfLabel.get(p.filters?.topic?.[0] ?? '') }));
    const topicOf = new Map(found.map((f) => [f.slug, f.topic]));
    // Counts per topic come from the words alone, so a topic button says what picking it would show.
    const byWords = matchingInPageOrder(pageOrder, found.map((f) => f.slug));
    const counts: Record<string, number> = Object.fromEntries(Object.keys(topicLabels).map((t) => [t, 0]));
    for (const slug of byWords) {
      const topic = topicOf.get(slug);
      if (topic !== undefined) counts[topic] = (counts[topic] ?? 0) + 1;
    }
    const slugs = state.topics.length === 0 ? byWords : byWords.filter((slug) => state.topics.includes(topicOf.get(slug) ?? ''));
    return {
      slugs,
      counts,
      help: {
        crisis: answer.crisis ? crisisPanel(helpNowPath ?? `${base.replace(/\/?$/, '/')}help-now/`) : null,
        crisisStatus: text.crisisStatus,
        note: slugs.length > 0 ? answer.note : null,
        didYouMean: text.didYouMean,
        suggestions: [...answer.suggestions],
      },
    };
  };
}

/** The address of one question's own page, relative to the site root (English). */
export function faqQuestionPath(slug: string): string {
  return `/faq/${encodeURIComponent(slug)}/`;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The question slug from a Pagefind result address such as "/iop-guide/faq/can-i-keep-working/", or
 * null when the address is not a question page. Works with or without the base path and the origin.
 * `folder` is where the page's language keeps its questions: "/faq/" (English) or "/es/preguntas/".
 */
export function slugFromResultUrl(url: string, base: string, folder: string = contentFolders.faq.en): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '';
  const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const rest = path.startsWith(cleanBase) ? path.slice(cleanBase.length) : path.replace(/^\/+/, '');
  const inFolder = folder.replace(/^\/+|\/+$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${inFolder}/([^/]+)/(?:index\\.html)?$`).exec(rest);
  if (!match) return null;
  const slug = decode(match[1]!);
  return slug === null || slug === '' ? null : slug;
}

/** The entry id named by an address's #fragment ("#can-i-keep-working"), or null when there is none. */
export function slugFromHash(hash: string): string | null {
  const slug = decode(hash.replace(/^#/, ''));
  return slug === null || slug === '' ? null : slug;
}

/** The page's entries that the search found, in the order the page shows them, each once. */
export function matchingInPageOrder(pageOrder: readonly string[], found: Iterable<string | null | undefined>): string[] {
  const wanted = new Set<string>();
  for (const slug of found) if (typeof slug === 'string') wanted.add(slug);
  const seen = new Set<string>();
  return pageOrder.filter((slug) => {
    if (!wanted.has(slug) || seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

function wholeCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * Questions per topic id, from Pagefind's counts per topic label (a search's `filters.topic`).
 * A topic Pagefind does not mention, or a count that is not a whole number, counts as 0.
 */
export function topicCounts(
  topicLabels: Readonly<Record<string, string>>,
  countsByLabel: Readonly<Record<string, number>> | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [topic, label] of Object.entries(topicLabels)) {
    counts[topic] = countsByLabel && Object.hasOwn(countsByLabel, label) ? wholeCount(countsByLabel[label]) : 0;
  }
  return counts;
}

/** “A”, “A” or “B”, “A”, “B” or “C” (with the language's "or"). */
function topicList(labels: readonly string[], or: string): string {
  const quoted = labels.map((l) => `“${l}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')}${or}${quoted.at(-1)}`;
}

/** What a status line reports: matches, the words, the topics switched on, and the page's question count. */
export interface FaqStatus {
  count: number;
  query: string;
  topicLabels: readonly string[];
  total: number;
}

/**
 * The live status line in the page's language, e.g. "3 questions match “work”." `total` is the number
 * of questions on the page, used when nothing is filtered.
 */
export function statusIn(words: FaqSearchText['status'], options: FaqStatus): string {
  const count = wholeCount(options.count);
  const query = cleanQuery(options.query);
  const labels = options.topicLabels.filter((l) => l.trim() !== '');
  if (query === '' && labels.length === 0) {
    const total = wholeCount(options.total);
    return total === 1 ? words.allOne : fill(words.all, { total });
  }
  const where = labels.length > 0 ? fill(words.where, { topics: topicList(labels, words.or) }) : '';
  if (query === '') return fill(count === 0 ? words.none : count === 1 ? words.countOne : words.count, { count, where });
  return fill(count === 0 ? words.noMatch : count === 1 ? words.matchOne : words.match, { count, query, where });
}

/** The status line in English. */
export function statusText(options: FaqStatus): string {
  return statusIn(faqSearchEn.status, options);
}

/** A topic label inside a sentence: "Teens" → "teens", but "IOP en línea" keeps its capitals. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** The words the search shows in one language, with the sentences that take a topic or the reader's words. */
export function faqSearchWords(text: FaqSearchText) {
  return {
    ...text,
    topicPreset: (label: string) => fill(text.topicPreset, { topic: inSentence(label) }),
    embedTitle: (label: string) => fill(text.embedTitle, { topic: inSentence(label) }),
    allOfTopic: (label: string) => fill(text.allOfTopic, { label }),
    siteSearch: (query: string) => (cleanQuery(query) ? fill(text.siteSearchFor, { query: cleanQuery(query) }) : text.siteSearch),
  };
}

/** The words the search shows in English, in one place so the page, the script and the tests agree. */
export const faqSearchText = /* @__PURE__ */ faqSearchWords(faqSearchEn);

const descriptionEnd = ' A short, plain answer, with a link to the guide that goes deeper.';
const maxDescription = 160;

/** The meta description of a question's own page: the question and what the page offers, ≤ 160 characters. */
export function questionPageDescription(question: string): string {
  const room = maxDescription - descriptionEnd.length;
  let text = question.replace(/\s+/g, ' ').trim();
  if (text.length > room) text = `${text.slice(0, room - 1).replace(/\s+\S*$/, '').trimEnd() || text.slice(0, room - 1)}…`;
  return text === '' ? `Frequently asked question.${descriptionEnd}` : `${text}${descriptionEnd}`;
}
