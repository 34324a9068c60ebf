// Turns the server-rendered FAQ list into a searchable accordion. Without this script every answer
// stays open and readable; with it, questions fold up and Pagefind narrows them by words and topics.
// Hooks onto data-faq-* attributes only (see src/pages/faq/index.astro for the markup).
import { loadPagefind as loadSitePagefind, type PagefindApi } from './pagefind-loader.ts';
import {
  faqSearchText,
  isFiltering,
  matchingInPageOrder,
  noFilter,
  pagefindFilters,
  slugFromHash,
  slugFromResultUrl,
  statusText,
  toggleTopic,
  topicCounts,
  withQuery,
  type FaqFilterState,
} from '../lib/faq-search.ts';
import { queryFromSearch } from '../lib/search-query.ts';

export interface FaqSearchOptions {
  /** Where Pagefind comes from; tests pass a fake. Called only once the reader searches. */
  loadPagefind?: () => Promise<PagefindApi>;
  /** The site's base path, for reading result addresses. */
  base?: string;
  /** Pause after the last keystroke before searching. */
  debounceMs?: number;
}

export interface FaqSearch {
  /** Resolves when the latest search has been shown (for tests). */
  settled: () => Promise<void>;
}

interface Entry {
  slug: string;
  topic: string;
  root: HTMLElement;
  button: HTMLButtonElement;
  answer: HTMLElement;
}

/** Everything the page must hold; when a part is missing the list simply stays as it is. */
function findParts(root: ParentNode) {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const parts = {
    finder: one<HTMLElement>('[data-faq-finder]'),
    form: one<HTMLFormElement>('[data-faq-form]'),
    input: one<HTMLInputElement>('[data-faq-input]'),
    status: one<HTMLElement>('[data-faq-status]'),
    empty: one<HTMLElement>('[data-faq-empty]'),
    siteSearch: one<HTMLAnchorElement>('[data-faq-site-search]'),
    showAll: one<HTMLButtonElement>('[data-faq-show-all]'),
  };
  for (const value of Object.values(parts)) if (!value) return null;
  return parts as { [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> };
}

/** Folds one entry: its heading's text moves into a button that shows and hides the answer. */
function makeAccordion(entryRoot: HTMLElement): Entry | null {
  const heading = entryRoot.querySelector<HTMLElement>('[data-faq-question]');
  const answer = entryRoot.querySelector<HTMLElement>('[data-faq-answer]');
  const slug = entryRoot.dataset.faqEntry || entryRoot.id;
  if (!heading || !answer || !slug || !answer.id) return null;
  const doc = entryRoot.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'faq-toggle';
  button.setAttribute('aria-controls', answer.id);
  button.append(...Array.from(heading.childNodes));
  heading.append(button);
  // The #slug anchor moves to the button: a browser that follows a link to it then focuses the
  // question itself, where it would otherwise move focus to the page (the entry cannot take focus).
  if (entryRoot.id === slug) {
    entryRoot.removeAttribute('id');
    button.id = slug;
  }
  const entry = { slug, topic: entryRoot.dataset.topic ?? '', root: entryRoot, button, answer };
  setOpen(entry, false);
  button.addEventListener('click', () => setOpen(entry, button.getAttribute('aria-expanded') !== 'true'));
  // "until-found" lets the browser's find-in-page reach a folded answer; it opens as it is found.
  answer.addEventListener('beforematch', () => setOpen(entry, true));
  return entry;
}

function setOpen(entry: Entry, open: boolean): void {
  entry.button.setAttribute('aria-expanded', String(open));
  if (open) entry.answer.removeAttribute('hidden');
  else entry.answer.setAttribute('hidden', 'until-found');
}

function setHidden(element: HTMLElement, hidden: boolean): void {
  if (hidden) element.setAttribute('hidden', '');
  else element.removeAttribute('hidden');
}

/**
 * Enhances the FAQ list inside `root`: accordion, search box, topic toggles, live count, ?q= and
 * #slug handling. Returns null, changing nothing, when the page lacks the search markup.
 */
export function enhanceFaq(root: ParentNode = document, options: FaqSearchOptions = {}): FaqSearch | null {
  const found = findParts(root);
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  const view = doc?.defaultView;
  if (!found || !view) return null;
  // Constants, so the closures below know they are there.
  const parts = found;
  const win = view;
  const load = options.loadPagefind ?? loadSitePagefind;
  const base = options.base ?? import.meta.env.BASE_URL ?? '/';
  const debounceMs = options.debounceMs ?? 250;

  const entries = Array.from(root.querySelectorAll<HTMLElement>('[data-faq-entry]'))
    .map(makeAccordion)
    .filter((e): e is Entry => e !== null);
  const pageOrder = entries.map((e) => e.slug);
  const sections = Array.from(root.querySelectorAll<HTMLElement>('[data-faq-section]'));
  const topicButtons = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-faq-topic-button]'));
  const topicLabels: Record<string, string> = {};
  const totals: Record<string, number> = {};
  for (const button of topicButtons) {
    const topic = button.dataset.faqTopicButton ?? '';
    topicLabels[topic] = button.dataset.faqTopicLabel ?? topic;
    totals[topic] = entries.filter((e) => e.topic === topic).length;
  }

  let state: FaqFilterState = noFilter;
  let counts: Record<string, number> = totals;
  let latest = 0;
  let pending: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let filtersLoaded: Promise<unknown> | undefined;

  function showTopicButtons(): void {
    for (const button of topicButtons) {
      const topic = button.dataset.faqTopicButton ?? '';
      button.setAttribute('aria-pressed', String(state.topics.includes(topic)));
      const count = button.querySelector('[data-faq-topic-count]');
      if (count) count.textContent = `(${counts[topic] ?? 0})`;
    }
  }

  /** Shows the given entries (all when `visible` is null); answers open when the reader typed words. */
  function show(visible: readonly string[] | null, newCounts: Record<string, number>, status: string): void {
    const wanted = visible === null ? null : new Set(visible);
    const openAnswers = state.query !== '';
    for (const entry of entries) {
      const shown = wanted === null || wanted.has(entry.slug);
      setHidden(entry.root, !shown);
      setOpen(entry, shown && openAnswers);
    }
    for (const section of sections) {
      const hasShown = Array.from(section.querySelectorAll<HTMLElement>('[data-faq-entry]')).some((e) => !e.hidden);
      setHidden(section, !hasShown);
    }
    counts = newCounts;
    showTopicButtons();
    const nothing = visible !== null && visible.length === 0;
    setHidden(parts.empty, !nothing);
    if (nothing) {
      const url = new URL(parts.siteSearch.href, win.location.href);
      url.search = state.query ? `?q=${encodeURIComponent(state.query)}` : '';
      parts.siteSearch.href = url.pathname + url.search;
      parts.siteSearch.textContent = faqSearchText.siteSearch(state.query);
    }
    setHidden(parts.showAll, !isFiltering(state));
    parts.status.textContent = status;
  }

  function showAllQuestions(announce: boolean): void {
    show(null, totals, announce ? statusText({ count: entries.length, query: '', topicLabels: [], total: entries.length }) : '');
  }

  async function search(ticket: number): Promise<void> {
    const current = state;
    if (!isFiltering(current)) {
      showAllQuestions(true);
      return;
    }
    try {
      const pagefind = await load();
      // Pagefind counts a filter only once its index is loaded; filters() loads them all (small files).
      filtersLoaded ??= pagefind.filters();
      await filtersLoaded;
      const query = current.query === '' ? null : current.query;
      let wordCounts = totals;
      let results = null;
      if (query !== null) {
        // Counts per topic come from the words alone, so a topic button says what picking it would show.
        const byWords = await pagefind.search(query, { filters: pagefindFilters(noFilter, topicLabels) });
        wordCounts = topicCounts(topicLabels, byWords.filters?.topic);
        if (current.topics.length === 0) results = byWords;
      }
      results ??= await pagefind.search(query, { filters: pagefindFilters(current, topicLabels) });
      const pages = await Promise.all(results.results.map((r) => r.data()));
      if (ticket !== latest) return;
      const slugs = matchingInPageOrder(pageOrder, pages.map((p) => slugFromResultUrl(p.url, base)));
      const labels = Object.keys(topicLabels).filter((t) => current.topics.includes(t)).map((t) => topicLabels[t]!);
      show(slugs, wordCounts, statusText({ count: slugs.length, query: current.query, topicLabels: labels, total: entries.length }));
    } catch {
      filtersLoaded = undefined;
      if (ticket !== latest) return;
      state = noFilter;
      show(null, totals, faqSearchText.unavailable);
    }
  }

  /** Runs the search for the current state now, cancelling any search still on its way. */
  function runNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const ticket = ++latest;
    pending = search(ticket);
    return pending;
  }

  function runSoon(): void {
    clearTimeout(timer);
    ++latest;
    timer = setTimeout(() => {
      timer = undefined;
      void runNow();
    }, debounceMs);
  }

  /** Keeps ?q= in the address so the search can be shared; a typed search replaces any #answer. */
  function rememberQuery(): void {
    const url = new URL(win.location.href);
    if (state.query) url.searchParams.set('q', state.query);
    else url.searchParams.delete('q');
    url.hash = '';
    win.history.replaceState(win.history.state, '', url);
  }

  /** Opens the answer named in the address (#slug) and moves focus to its question. */
  function openFromHash(): void {
    const slug = slugFromHash(win.location.hash);
    const entry = entries.find((e) => e.slug === slug);
    if (!entry) return;
    if (entry.root.hidden) {
      // The reader asked for this answer by name: clear the filters that hide it.
      clearTimeout(timer);
      timer = undefined;
      ++latest;
      state = noFilter;
      parts.input.value = '';
      showAllQuestions(false);
    }
    setOpen(entry, true);
    entry.button.focus();
  }

  // Enhance: the accordion is in place (above); now show the search and hide the no-JS topic links.
  setHidden(parts.finder, false);
  for (const nav of Array.from(root.querySelectorAll<HTMLElement>('[data-faq-topic-nav]'))) setHidden(nav, true);
  showAllQuestions(false);

  parts.input.addEventListener('input', () => {
    state = withQuery(state, parts.input.value);
    rememberQuery();
    runSoon();
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = withQuery(state, parts.input.value);
    rememberQuery();
    void runNow();
  });
  for (const button of topicButtons) {
    button.addEventListener('click', () => {
      state = toggleTopic(state, button.dataset.faqTopicButton ?? '');
      showTopicButtons();
      void runNow();
    });
  }
  parts.showAll.addEventListener('click', () => {
    state = noFilter;
    parts.input.value = '';
    rememberQuery();
    void runNow();
    parts.input.focus();
  });
  win.addEventListener('hashchange', openFromHash);

  const initial = queryFromSearch(win.location.search);
  if (initial) {
    parts.input.value = initial;
    state = withQuery(state, initial);
    void runNow().then(openFromHash);
  } else {
    openFromHash();
  }

  return {
    settled: async () => {
      for (;;) {
        if (timer !== undefined) await new Promise((resolve) => setTimeout(resolve, debounceMs));
        const waitingFor = pending;
        await waitingFor;
        if (waitingFor === pending && timer === undefined) return;
      }
    },
  };
}
