// The /search/ page: runs the search core as the reader types, shows crisis help above everything when
// the words mention danger, then the honest notes, "Did you mean" links and results five at a time.
// Hooks onto data-search-* attributes (see src/pages/search.astro).
import { searchWords } from '../data/search-words/index.ts';
import { langOf } from '../i18n/lang.ts';
import type { SearchAnswer } from '../lib/search-core.ts';
import { queryFromSearch } from '../lib/search-query.ts';
import type { PagefindResult, PagefindResultData } from './pagefind-loader.ts';
import { siteSearch } from './site-search-index.ts';

/** Results shown at first and added by each "Show more results": each one costs a small download. */
export const resultsPerStep = 5;
const debounceMs = 250;

function part<T extends HTMLElement>(name: string): T | null {
  return document.querySelector<T>(`[data-search-${name}]`);
}

const form = part<HTMLFormElement>('form');
const input = part<HTMLInputElement>('input');
const crisis = part<HTMLElement>('crisis');
const status = part<HTMLElement>('status');
const note = part<HTMLElement>('note');
const suggest = part<HTMLElement>('suggest');
const list = part<HTMLOListElement>('results');
const more = part<HTMLButtonElement>('more');

// The page's own language (<html lang>) picks the word lists; Pagefind picks its index the same way.
const lang = langOf(document.documentElement.lang.split("-")[0]);
const words = searchWords(lang);
const ask = siteSearch({ lang });
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let shown: { answer: SearchAnswer<PagefindResult>; count: number } | null = null;

function setHidden(element: HTMLElement, hidden: boolean): void {
  if (hidden) element.setAttribute('hidden', '');
  else element.removeAttribute('hidden');
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is our own page text, escaped, with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  return item;
}

function searchLink(query: string): string {
  const url = new URL(location.href);
  url.search = `?q=${encodeURIComponent(query)}`;
  url.hash = '';
  return url.pathname + url.search;
}

function showSuggestions(answer: SearchAnswer<PagefindResult>): void {
  if (!suggest) return;
  suggest.replaceChildren();
  const last = answer.suggestions.at(-1);
  setHidden(suggest, !last);
  if (!last) return;
  const link = document.createElement('a');
  link.href = searchLink(last.query);
  link.textContent = last.query;
  link.dataset.searchRerun = last.query;
  suggest.append(`${words.text.didYouMean} `, link, '?');
}

/** Fetches and shows the next few results; resolves false when a newer search took over. */
async function showNext(ticket: number, replace = false): Promise<boolean> {
  if (!shown || !list || !more) return true;
  const { answer, count } = shown;
  const next = answer.results.slice(count, count + resultsPerStep);
  const pages = await Promise.all(next.map((r) => r.data()));
  if (ticket !== latest) return false;
  const items = pages.map(renderResult);
  if (replace) list.replaceChildren(...items);
  else list.append(...items);
  shown = { answer, count: count + next.length };
  setHidden(more, shown.count >= answer.results.length);
  return true;
}

async function run(query: string): Promise<void> {
  if (!status || !list || !crisis || !note || !more) return;
  clearTimeout(timer);
  const ticket = ++latest;
  try {
    const answer = await ask(query);
    if (ticket !== latest) return;
    // Crisis help first: it shows before any result has even loaded.
    setHidden(crisis, !answer.crisis);
    shown = { answer, count: 0 };
    if (!(await showNext(ticket, true))) return;
    note.textContent = answer.note ?? '';
    setHidden(note, answer.note === null);
    showSuggestions(answer);
    status.textContent = answer.crisis && answer.status ? `${words.text.crisisStatus} ${answer.status}` : answer.status;
  } catch {
    if (ticket !== latest) return;
    list.replaceChildren();
    setHidden(more, true);
    status.textContent = words.text.unavailable;
  }
}

function remember(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

if (form && input) {
  const initial = queryFromSearch(location.search);
  input.value = initial;
  if (initial) void run(initial);
  input.addEventListener('input', () => {
    remember(input.value.trim());
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), debounceMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(input.value.trim());
    void run(input.value);
  });
  suggest?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search-rerun]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset.searchRerun ?? '';
    remember(input.value);
    void run(input.value);
    input.focus();
  });
  more?.addEventListener('click', () => {
    const before = shown?.count ?? 0;
    void showNext(latest).then(() => {
      // Move to the first new result, so a keyboard or screen reader user carries on from there.
      list?.children[before]?.querySelector('a')?.focus();
    });
  });
}
