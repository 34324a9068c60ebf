// The FAQ as the search widget takes it: questions in page order, their topics and guides, and each
// answer's rendered content (which the page passes into the island as a slot). Shared by /faq/ and the
// guide embed.
import { getCollection, getEntry, render } from 'astro:content';
import { faqTopics, faqTopicLabels, type FaqTopic } from '../data/faq-topics.ts';
import { groupFaq } from '../lib/faq.ts';
import type { FaqEntryData, FaqTopicData } from '../widgets/FaqSearch.tsx';
import { href } from './href.ts';

export async function faqEntries(onlyTopic?: FaqTopic) {
  const all = await getCollection('faq');
  const groups = groupFaq(all, faqTopics).filter((g) => onlyTopic === undefined || g.topic === onlyTopic);
  const ordered = groups.flatMap((g) => g.entries);
  const entries: FaqEntryData[] = [];
  const contents = [];
  for (const entry of ordered) {
    const guide = await getEntry(entry.data.guide);
    if (!guide) throw new Error(`FAQ "${entry.id}" points to guide "${entry.data.guide.id}", which does not exist`);
    entries.push({
      slug: entry.id,
      topic: entry.data.topic,
      question: entry.data.question,
      guidePath: href(`/guides/${guide.id}/${entry.data.section ? `#${entry.data.section}` : ''}`),
      guideTitle: guide.data.title,
    });
    contents.push((await render(entry)).Content);
  }
  const topics: FaqTopicData[] = groups.map((g) => ({ id: g.topic, label: faqTopicLabels[g.topic] }));
  return { ordered, entries, topics, contents };
}
