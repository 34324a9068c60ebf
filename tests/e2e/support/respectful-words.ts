// The words the guide never uses: labels instead of person-first language, and prices.

/** Words that label people instead of describing a condition (NIDA, "Words Matter"). */
export const stigmatizing: RegExp[] = [
  /\baddicts?\b/i,
  /\bsubstance abusers?\b/i,
  /\bjunkies?\b/i,
  /\balcoholics\b(?!\s+anonymous)/i,
  /\ban alcoholic\b(?!\s+(drink|beverage))/i,
  /\b(clean|dirty)\s+(drug\s+)?(tests?|urine|screens?|results?)\b/i,
  /\b(tested|came back|comes back|test)\s+(clean|dirty)\b/i,
];

/**
 * The same rule for the Spanish pages: no "adicto", "drogadicto" or "alcohólico" as a noun, no
 * "limpio"/"sucio" for test results (NIDA's "Words Matter", as the Spanish edition's style guide applies it).
 */
export const stigmatizingEs: RegExp[] = [
  /(drog)?adict[oa]s?/i,
  /abusador(es|as?)? de (sustancias|drogas)/i,
  /(un|una|el|la|los|las|ser|es|son|era|soy)\s+alcohólic[oa]s?(?!\s+anónim)/i,
  /(pruebas?|resultados?|exámen(es)?|análisis)\s+(de\s+(drogas|orina|alcohol)\s+)?(limpi|suci)[oa]s?/i,
  /(salió|sale|salen|salir|dio|da|dar|estar|está|están)\s+(limpi|suci)[oa]s?/i,
];

/** The list for a page: Spanish under /es/, English elsewhere. */
export function stigmatizingFor(path: string): RegExp[] {
  return /^\/?es(\/|$)/.test(path) ? stigmatizingEs : stigmatizing;
}

export const dollarAmount = /\$\s?\d|\b\d[\d,.]*\s*(dollars|USD)\b/i;
