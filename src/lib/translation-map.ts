// Pairs of English and Spanish page paths → a lookup both ways. Pure: the pairs come from the
// content collections and src/i18n/routes.ts (see src/i18n/pairs.ts).

export interface PathPair {
  en: string;
  es: string;
}

export interface TranslationMap {
  /** The same page in the other language, keeping any ?query and #fragment; undefined if unpaired. */
  counterpart(path: string): string | undefined;
  /** Spanish path of an English page path (query and fragment kept), or undefined. */
  toSpanish(path: string): string | undefined;
  /** English path of a Spanish page path (query and fragment kept), or undefined. */
  toEnglish(path: string): string | undefined;
  pairs: readonly PathPair[];
}

function split(path: string): { page: string; rest: string } {
  const cut = path.search(/[?#]/);
  const page = cut === -1 ? path : path.slice(0, cut);
  const rest = cut === -1 ? '' : path.slice(cut);
  return { page: page.endsWith('/') ? page : `${page}/`, rest };
}

export function translationMap(pairs: readonly PathPair[]): TranslationMap {
  const toEs = new Map<string, string>();
  const toEn = new Map<string, string>();
  for (const pair of pairs) {
    if (toEs.has(pair.en)) throw new Error(`${pair.en} has two Spanish pages: ${toEs.get(pair.en)} and ${pair.es}`);
    if (toEn.has(pair.es)) throw new Error(`${pair.es} translates two English pages: ${toEn.get(pair.es)} and ${pair.en}`);
    toEs.set(pair.en, pair.es);
    toEn.set(pair.es, pair.en);
  }
  const look = (table: Map<string, string>) => (path: string) => {
    const { page, rest } = split(path);
    const found = table.get(page);
    return found === undefined ? undefined : found + rest;
  };
  const toSpanish = look(toEs);
  const toEnglish = look(toEn);
  return {
    pairs,
    toSpanish,
    toEnglish,
    counterpart: (path) => (isSpanishPath(path) ? toEnglish(path) : toSpanish(path)),
  };
}

/** True for a site path in the Spanish edition ("/es/…"). */
export function isSpanishPath(path: string): boolean {
  return path === '/es' || path.startsWith('/es/');
}
