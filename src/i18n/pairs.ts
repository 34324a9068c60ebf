// Every English page and its Spanish translation, from the content collections (each Spanish entry
// names its English entry in `translationOf`) and from the fixed pages in routes.ts. Built once per
// build and shared by the language link, hreflang alternates and links written in Spanish content.
import type { Lang } from './lang.ts';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { contentFolders, pagePairs } from './routes.ts';
import {
  headingAnchors,
  spanishLink,
  translationMap,
  type AnchorTable,
  type PathPair,
  type TranslationMap,
} from '../lib/translation-map.ts';

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

/** English guide id → its Spanish guide, from `translationOf`. */
export async function spanishGuides(): Promise<Map<string, CollectionEntry<'guidesEs'>>> {
  const guides = await getCollection('guidesEs');
  return new Map(guides.map((guide) => [guide.data.translationOf.id, guide]));
}

/** Ids the guide layout gives its own sections; the same in both languages. */
const guideLayoutAnchors = ['in-short', 'contents-title', 'related-guides', 'sources'];

let anchorsCached: Promise<AnchorTable> | undefined;

async function loadAnchors(): Promise<AnchorTable> {
  const [english, spanish, glossary, faq] = await Promise.all([
    getCollection('guides'),
    getCollection('guidesEs'),
    glossaryAnchors(),
    getCollection('faqEs'),
  ]);
  const table = new Map<string, ReadonlyMap<string, string>>();
  table.set(contentFolders.glossary.en, new Map([...glossary, ['a-to-z', 'a-to-z']]));
  table.set(contentFolders.faq.en, new Map(faq.map((answer) => [answer.data.translationOf.id, answer.id])));
  const englishById = new Map(english.map((guide) => [guide.id, guide]));
  await Promise.all(
    spanish.map(async (guide) => {
      const source = englishById.get(guide.data.translationOf.id);
      if (!source) throw new Error(`content/es/guides/${guide.id}: translationOf "${guide.data.translationOf.id}" is not an English guide`);
      const [en, es] = await Promise.all([render(source), render(guide)]);
      const anchors = headingAnchors(`"${guide.id}" (content/es/guides, translation of "${source.id}")`, en.headings, es.headings);
      for (const id of guideLayoutAnchors) anchors.set(id, id);
      table.set(`${contentFolders.guides.en}${source.id}/`, anchors);
    }),
  );
  return table;
}

/**
 * English #anchor → Spanish #anchor per English page: guide sections (matched by heading order; a
 * guide whose Spanish headings differ fails the build), glossary terms and FAQ answers (by translationOf).
 */
export function contentAnchors(): Promise<AnchorTable> {
  anchorsCached ??= loadAnchors();
  return anchorsCached;
}

/** The Spanish address for an English site path written in Spanish content; throws when there is none. */
export async function spanishContentLink(englishPath: string): Promise<string> {
  const [map, anchors] = await Promise.all([translations(), contentAnchors()]);
  return spanishLink(map, anchors, englishPath);
}

/**
 * An English site path in the page's language: unchanged in English; in Spanish its Spanish address,
 * section anchor and ?query included. Throws when there is none, so no Spanish page links to English.
 */
export async function localPath(lang: Lang, englishPath: string): Promise<string> {
  return lang === 'en' ? englishPath : spanishContentLink(englishPath);
}
