// Glossary ordering and its A–Z index: alphabetical by the term a reader sees, in the page's
// language (Spanish with Spanish collation, where "ñ" is a letter of its own). Pure.
import { intlLocale, type Lang } from '../i18n/lang.ts';

const collators: Record<Lang, Intl.Collator> = {
  en: new Intl.Collator('en'),
  es: new Intl.Collator('es'),
};

/** A term's sorting key: leading punctuation ("¿", quotes) dropped, lower case. */
function sortKey(term: string, lang: Lang): string {
  const leading = lang === 'en' ? /^[^A-Za-z0-9]+/ : /^[^\p{L}\p{N}]+/u;
  return term.replace(leading, '').toLocaleLowerCase(intlLocale[lang]);
}

/** Entries sorted by term, ignoring case and leading punctuation. */
export function glossaryByTerm<E extends { data: { term: string } }>(entries: E[], lang: Lang = 'en'): E[] {
  const collator = collators[lang];
  return [...entries].sort((a, b) => collator.compare(sortKey(a.data.term, lang), sortKey(b.data.term, lang)));
}

/** The A–Z group a term is listed under for numbers: "0–9". */
export const numbersGroup = '0–9';

/**
 * The letter a term is listed under: its first letter in capitals ("Á" under "A" in Spanish, "Ñ" its
 * own letter), or "0–9" for a term that starts with anything else.
 */
export function letterOf(term: string, lang: Lang = 'en'): string {
  if (lang === 'en') return /^[a-z]/i.test(term) ? term[0]!.toUpperCase() : numbersGroup;
  const first = sortKey(term, lang).charAt(0).toLocaleUpperCase(intlLocale.es);
  if (first === 'Ñ') return first;
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[A-Z]$/.test(base) ? base : numbersGroup;
}

/** The id of a letter's heading in the A–Z index: "letter-a", "letter-ñ", "letter-numbers". */
export function letterId(letter: string): string {
  return `letter-${letter === numbersGroup ? 'numbers' : letter.toLowerCase()}`;
}
