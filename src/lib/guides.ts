// Ordering, grouping and paging of guides for index pages. Pure.
import type { Lang } from '../i18n/lang.ts';
import { contentFolders } from '../i18n/routes.ts';

export interface Ordered {
  data: { order: number; title: string };
}

/** Guides in editorial order, then by title (in the guides' language) so the order never depends on file names. */
export function byOrder<T extends Ordered>(entries: T[], lang: Lang = 'en'): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, lang));
}

/**
 * Guides listed on one page of /guides/. Today's library fits on the first page; a large one is split
 * so no page lists everything and each stays within the HTML budget (30 kB gzip).
 */
export const guidesPerPage = 50;

/**
 * Address of page `n` of the guide list: the first is /guides/ itself, later ones /guides/page/<n>/
 * (in Spanish /es/guias/ and /es/guias/page/<n>/).
 */
export function guideListPath(n: number, lang: Lang = 'en'): string {
  return n <= 1 ? contentFolders.guides[lang] : `${contentFolders.guides[lang]}page/${n}/`;
}

export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  path: string;
}

/** Splits items into pages of `perPage`, in order. Always at least one page, even when empty. */
export function paginate<T>(items: readonly T[], perPage = guidesPerPage, lang: Lang = 'en'): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a whole number above 0, got ${perPage}`);
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * perPage, (i + 1) * perPage),
    path: guideListPath(i + 1, lang),
  }));
}

/**
 * Page numbers to link from page `current` of `total`: the first, the last and up to two either side
 * of the current one, with `null` where numbers are left out. A short list shows every page.
 */
export function pageLinks(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  numbers.forEach((n, i) => {
    const gap = i > 0 ? n - numbers[i - 1]! : 1;
    if (gap === 2) links.push(n - 1); // one page left out: show it rather than a gap
    else if (gap > 2) links.push(null);
    links.push(n);
  });
  return links;
}
