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
