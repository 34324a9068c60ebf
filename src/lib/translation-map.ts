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

/** A heading as Astro reports it for a rendered entry (depth 2 for "##", its id as slug). */
export interface HeadingRef {
  depth: number;
  slug: string;
  text?: string;
}

/**
 * English heading id → Spanish heading id for one guide, matched by order. A translation keeps the
 * English guide's sections, so both lists must have the same depths in the same order; otherwise an
 * anchor could land on the wrong section, and the error names the guide so the translation can be fixed.
 */
export function headingAnchors(guide: string, english: readonly HeadingRef[], spanish: readonly HeadingRef[]): Map<string, string> {
  const shape = (headings: readonly HeadingRef[]) => headings.map((h) => `h${h.depth}`).join(' ');
  if (shape(english) !== shape(spanish)) {
    throw new Error(
      `The Spanish guide ${guide} has a different heading structure from its English guide, so links to its sections cannot be matched.\n` +
        `  English (${english.length}): ${shape(english) || '(none)'}\n` +
        `  Spanish (${spanish.length}): ${shape(spanish) || '(none)'}\n` +
        'Give the Spanish guide the same headings, in the same order and at the same levels.',
    );
  }
  return new Map(english.map((h, i) => [h.slug, spanish[i]!.slug]));
}

/** English page path → (English #anchor → Spanish #anchor) for the pages whose anchors differ by language. */
export type AnchorTable = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * The Spanish address of a link written in Spanish content as an English site path
 * ("/guides/teens/#school" → "/es/guias/iop-para-adolescentes/#la-escuela"), keeping any ?query.
 * Throws when the page or its #anchor has no Spanish counterpart: a Spanish page must never send a
 * reader to English by accident, nor to an anchor that is not there.
 */
export function spanishLink(map: TranslationMap, anchors: AnchorTable, target: string): string {
  const hashAt = target.indexOf('#');
  const beforeHash = hashAt === -1 ? target : target.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : target.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  const rawPage = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt);
  const page = rawPage.endsWith('/') ? rawPage : `${rawPage}/`;
  let spanishPage: string | undefined;
  if (isSpanishPath(page)) spanishPage = map.toEnglish(page) === undefined ? undefined : page;
  else spanishPage = map.toSpanish(page);
  if (spanishPage === undefined) {
    throw new Error(`Link "${target}" in Spanish content has no Spanish page (${page} is not paired with one in src/i18n/routes.ts or by translationOf)`);
  }
  if (anchor === '' || isSpanishPath(page)) return `${spanishPage}${query}${anchor === '' ? '' : `#${anchor}`}`;
  const table = anchors.get(page);
  const spanishAnchor = table?.get(anchor);
  if (spanishAnchor === undefined) {
    throw new Error(
      table
        ? `Link "${target}" in Spanish content points at #${anchor}, which ${page} does not have (or its Spanish page ${spanishPage} has no match for)`
        : `Link "${target}" in Spanish content points at an anchor on ${page}, whose Spanish page's anchors are not known; link to the page without "#${anchor}"`,
    );
  }
  return `${spanishPage}${query}#${spanishAnchor}`;
}
