// English UI text: faqPages (the FAQ list page and each question's own page). The Spanish file types
// itself with FaqPagesText, so it cannot miss a key.
import type { Widen } from '../lang.ts';
import { faqTopicLabels } from '../../data/faq-topics.ts';

export const faqPagesEn = {
  /** Topic names readers see, by topic id, in the order of `faqTopics`. */
  topics: faqTopicLabels,
  home: 'Home',
  faqCrumb: 'FAQ',
  listTitle: 'Frequently asked questions',
  listDescription:
    'Short, direct answers about intensive outpatient programs: hours, work and school, insurance, privacy, teens, online programs and what comes after.',
  listIntro: 'Short answers first, with a link to the guide that goes deeper. Each question has its own link you can send to someone.',
  topicsTitle: 'Topics',
  noScript: 'Every question and answer is shown below. To search them, turn on JavaScript.',
  topicLine: 'Topic:',
  readMore: 'Read more:',
  backToList: 'See this question with all the others in the FAQ',
  /** The end of a question page's meta description, after the question. */
  descriptionEnd: ' A short, plain answer, with a link to the guide that goes deeper.',
  /** When a question has no text at all. */
  emptyQuestion: 'Frequently asked question.',
} as const;

export type FaqPagesText = Widen<typeof faqPagesEn>;
