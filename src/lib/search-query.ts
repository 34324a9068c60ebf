// Reading and cleaning a search query from the address bar. Pure, so it is tested without a browser.

/** The longest query we pass to the index; anything longer is cut, not rejected. */
export const maxQueryLength = 200;

/** The `q` parameter from a query string, trimmed and shortened, or "" when absent. */
export function queryFromSearch(search: string): string {
  const value = new URLSearchParams(search).get('q') ?? '';
  return value.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
}

/** "1 result" / "3 results" / "No results" for the live status line. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
}

/** The longest raw input we even look at: a pasted essay is cut before any work is done on it. */
const maxRawLength = 2_000;

/**
 * The reader's words as they should be shown back ("for “…”"): white space squeezed, trimmed, cut to
 * `maxQueryLength`. Never HTML: callers set it as text.
 */
export function displayQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  return text.slice(0, maxRawLength).replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
}

/** Lower case without accents, for comparing a reader's word with a word list ("Adolescént" → "adolescent"). */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The words of a query, for matching and searching: case folded, curly quotes straightened, HTML tags,
 * punctuation, symbols and emoji turned into spaces. An apostrophe inside a word joins it ("don't" →
 * "dont", "son's" → "sons"); with `splitApostrophes` it separates instead ("od'd" → "od", "d").
 */
export function queryWords(raw: unknown, options: { splitApostrophes?: boolean } = {}): string[] {
  const text = (typeof raw === 'string' ? raw : '').slice(0, maxRawLength).normalize('NFKC');
  const joined = text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/<[^>]*>/g, ' ')
    .replace(/(\p{L})'(?=\p{L})/gu, options.splitApostrophes ? '$1 ' : '$1');
  const words = foldWord(joined)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // Keep as many whole words as fit in the index's limit.
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    length += word.length + (kept.length > 0 ? 1 : 0);
    if (length > maxQueryLength) break;
    kept.push(word);
  }
  return kept;
}
