// The FAQ as the search widget takes it, in either language: questions in page order, their topics and
// guides, each answer's rendered content (which the page passes into the island as a slot) and its
// plain text. Shared by /faq/, /es/preguntas/, the question pages and the guide embed.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { faqTopics, type FaqTopic } from '../data/faq-topics.ts';
import { uiText, type Lang } from '../i18n/index.ts';
import { contentFolders } from '../i18n/routes.ts';
import { spanishContentLink, spanishGuides } from '../i18n/pairs.ts';
import { groupFaq } from '../lib/faq.ts';
import type { FaqEntryData, FaqTopicData } from '../widgets/FaqSearch.tsx';
import { href } from './href.ts';

export type FaqEntry = CollectionEntry<'faq'> | CollectionEntry<'faqEs'>;

/** Every answer in one language (English "faq", Spanish "faqEs"). */
export async function faqCollection(lang: Lang): Promise<FaqEntry[]> {
  return lang === 'es' ? getCollection('faqEs') : getCollection('faq');
}

/** A question's own page, without the site's base path: "/faq/<id>/" or "/es/preguntas/<id>/". */
export function questionPath(lang: Lang, id: string): string {
  return `${contentFolders.faq[lang]}${id}/`;
}

/** The FAQ list page, without the site's base path. */
export function faqListPath(lang: Lang): string {
  return contentFolders.faq[lang];
}

/**
 * The guide that answers a question, in the question's language: its title and its path (base path
 * included). An answer names its guide by English id (and an optional heading id of the English guide);
 * a Spanish answer links to the Spanish guide that translates it.
 */
export async function answerGuide(entry: FaqEntry, lang: Lang): Promise<{ path: string; title: string }> {
  const englishId = entry.data.guide.id;
  const englishPath = `${contentFolders.guides.en}${englishId}/${entry.data.section ? `#${entry.data.section}` : ''}`;
  if (lang === 'es') {
    const guide = (await spanishGuides()).get(englishId);
    if (!guide) throw new Error(`FAQ "${entry.id}" points to guide "${englishId}", which has no Spanish translation`);
    // The Spanish guide's heading ids differ from the English ones: the section maps by heading order.
    return { path: href(await spanishContentLink(englishPath)), title: guide.data.title };
  }
  const guide = await getEntry('guides', englishId);
  if (!guide) throw new Error(`FAQ "${entry.id}" points to guide "${englishId}", which does not exist`);
  return { path: href(englishPath), title: guide.data.title };
}

/** One topic's questions (`onlyTopic`) or all of them, in `lang` (English by default). */
export async function faqEntries(onlyTopic?: FaqTopic, lang: Lang = 'en') {
  const all: FaqEntry[] = await faqCollection(lang);
  const labels = uiText(lang).faqPages.topics;
  const groups = groupFaq(all, faqTopics).filter((g) => onlyTopic === undefined || g.topic === onlyTopic);
  const ordered = groups.flatMap((g) => g.entries);
  const entries: FaqEntryData[] = [];
  /** Each answer's rendered text, for the island's answer slots. */
  const contents = [];
  for (const entry of ordered) {
    const guide = await answerGuide(entry, lang);
    entries.push({
      slug: entry.id,
      topic: entry.data.topic,
      question: entry.data.question,
      guidePath: guide.path,
      guideTitle: guide.title,
    });
    contents.push((await render(entry)).Content);
  }
  const topics: FaqTopicData[] = groups.map((g) => ({ id: g.topic, label: labels[g.topic] }));
  return { ordered, entries, topics, contents };
}
