// Glossary ordering: alphabetical by the term a reader sees. Pure.

/** Entries sorted by term, ignoring case and leading punctuation. */
export function glossaryByTerm<E extends { data: { term: string } }>(entries: E[]): E[] {
  const key = (term: string) => term.replace(/^[^A-Za-z0-9]+/, '').toLowerCase();
  return [...entries].sort((a, b) => key(a.data.term).localeCompare(key(b.data.term), 'en'));
}
