// English UI text: faqSearch (the searchable FAQ on /faq/ and its embed at the end of guides). The
// Spanish file types itself with FaqSearchText, so it cannot miss a key. Plain strings only: the island
// takes them as a prop from the page, so each page ships only its own language's words. {name} marks a
// filled-in value; {topic} is a topic's label with its first letter made small ("questions about teens").
// The crisis panel's words come with the panel, from the search core (src/lib/crisis-panel.ts).
import type { Widen } from '../lang.ts';

export const faqSearchEn = {
  label: 'Search the FAQ',
  hint: 'Type a word, such as work, teens or insurance. The questions that match show below, with their answers open.',
  search: 'Search',
  topicsLabel: 'Filter by topic',
  topicsHint: 'Pick one or more topics. Pick a topic again to turn it off.',
  showAll: 'Show all questions',
  showTopics: 'Filter by topic',
  topicPreset: 'Search the questions about {topic}',
  embedTitle: 'Questions about {topic}',
  allOfTopic: 'See these questions on the FAQ page ({label})',
  readMore: 'Read more:',
  copyLink: 'Copy link to this answer',
  unavailable: 'Search is not available right now. All questions are shown below.',
  emptyNext: 'Try a shorter or different word, or:',
  siteSearch: 'Search the whole site',
  siteSearchFor: 'Search the whole site for “{query}”',
  helpNow: 'Get help now',
  /** The live status line under the box: how many questions match the words and topics. */
  status: {
    all: 'Showing all {total} questions.',
    allOne: 'Showing 1 question.',
    /** Added when topics are on: ' in “Teens” or “Family”'. */
    where: ' in {topics}',
    /** Before the last of several topics. */
    or: ' or ',
    count: '{count} questions{where}.',
    countOne: '1 question{where}.',
    none: 'No questions{where}.',
    match: '{count} questions match “{query}”{where}.',
    matchOne: '1 question matches “{query}”{where}.',
    noMatch: 'No questions match “{query}”{where}.',
  },
} as const;

export type FaqSearchText = Widen<typeof faqSearchEn>;
