// Where each English page lives in Spanish. English stays at the root; Spanish pages sit under /es/
// with Spanish slugs. Guides, FAQ answers and glossary terms are paired by their `translationOf`
// field (see pairs.ts); the pages below have no content entry, so they are paired here.

/** English site path → Spanish site path, for every page that is not a content entry. */
export const pagePairs = {
  '/': '/es/',
  '/guides/': '/es/guias/',
  '/faq/': '/es/preguntas/',
  '/glossary/': '/es/glosario/',
  '/help-now/': '/es/ayuda-ahora/',
  '/about/': '/es/acerca-de/',
  '/for-referrers/': '/es/para-referentes/',
  '/for-referrers/handout/': '/es/para-referentes/hoja/',
  '/tools/': '/es/herramientas/',
  '/tools/hours-estimator/': '/es/herramientas/calculadora-de-horas/',
  '/tools/compare-levels/': '/es/herramientas/comparar-niveles/',
  '/tools/questions-to-ask/': '/es/herramientas/preguntas-para-hacer/',
  '/search/': '/es/buscar/',
} as const satisfies Record<string, `/es/${string}`>;

/** Folder of each content collection's pages, per language. */
export const contentFolders = {
  guides: { en: '/guides/', es: '/es/guias/' },
  faq: { en: '/faq/', es: '/es/preguntas/' },
  glossary: { en: '/glossary/', es: '/es/glosario/' },
} as const;

/** A fixed page's path in `lang`: "/help-now/" stays in English, becomes "/es/ayuda-ahora/" in Spanish. */
export function pagePath(lang: 'en' | 'es', englishPath: keyof typeof pagePairs): string {
  return pathIn(lang, englishPath);
}

/** Like pagePath, for a path held as a plain string (a dictionary's link): fails the build if unpaired. */
export function pathIn(lang: 'en' | 'es', englishPath: string): string {
  if (lang === 'en') return englishPath;
  const spanish = (pagePairs as Record<string, string>)[englishPath];
  if (!spanish) throw new Error(`${englishPath} has no Spanish page in pagePairs`);
  return spanish;
}
