// Loads Pagefind's search API from this site the first time a reader searches, never before.
// Shared by the site search page and the FAQ search.

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  debouncedSearch: (
    query: string,
    options?: { filters?: Record<string, unknown> },
    ms?: number,
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  init: () => Promise<void>;
}

/**
 * Pagefind's ranking, tuned on the reader questions in tests/e2e/reader-questions.spec.ts: a short page
 * that answers one question (an FAQ answer, a tool) should not lose to a long guide that repeats the words.
 */
const ranking = { pageLength: 1.0, termSaturation: 1.0 };

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // noWorker: on an index this small the search is quick on the page's own thread, and the worker's
    // script would add about 13 kB (gzip) to the first search.
    await api.options({ baseUrl: base, ranking, noWorker: true });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
