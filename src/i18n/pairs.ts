// Every English page and its Spanish translation, from the content collections (each Spanish entry
// names its English entry in `translationOf`) and from the fixed pages in routes.ts. Built once per
// build and shared by the language link, hreflang alternates and links written in Spanish content.
import { getCollection } from 'astro:content';
import { contentFolders, pagePairs } from './routes.ts';
import { translationMap, type PathPair, type TranslationMap } from '../lib/translation-map.ts';

let cached: Promise<TranslationMap> | undefined;

async function load(): Promise<TranslationMap> {
  const [guides, faq, glossary] = await Promise.all([
    getCollection('guidesEs'),
    getCollection('faqEs'),
    getCollection('glossaryEs'),
  ]);
  const pairs: PathPair[] = Object.entries(pagePairs).map(([en, es]) => ({ en, es }));
  for (const guide of guides) {
    pairs.push({ en: `${contentFolders.guides.en}${guide.data.translationOf.id}/`, es: `${contentFolders.guides.es}${guide.id}/` });
  }
  for (const answer of faq) {
    pairs.push({ en: `${contentFolders.faq.en}${answer.data.translationOf.id}/`, es: `${contentFolders.faq.es}${answer.id}/` });
  }
  // Glossary terms share one page per language; their pairs are anchors on it (see glossaryAnchors).
  void glossary;
  return translationMap(pairs);
}

/** The English↔Spanish page map for this build. */
export function translations(): Promise<TranslationMap> {
  cached ??= load();
  return cached;
}

/** English glossary anchor (term id) → Spanish glossary anchor, from `translationOf`. */
export async function glossaryAnchors(): Promise<Map<string, string>> {
  const glossary = await getCollection('glossaryEs');
  return new Map(glossary.map((term) => [term.data.translationOf.id, term.id]));
}
