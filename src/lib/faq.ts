// Grouping FAQ entries by topic in the order the page shows them. Pure.

export interface FaqLike<Topic extends string> {
  id: string;
  data: { topic: Topic; order: number; question: string };
}

/** Topics in the given order, each with its entries by `order` then question; empty topics left out. */
export function groupFaq<Topic extends string, E extends FaqLike<Topic>>(
  entries: E[],
  topicOrder: readonly Topic[],
): { topic: Topic; entries: E[] }[] {
  return topicOrder
    .map((topic) => ({
      topic,
      entries: entries
        .filter((e) => e.data.topic === topic)
        .sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question)),
    }))
    .filter((group) => group.entries.length > 0);
}

/**
 * The meta description of a question's own page: the question, then what the page offers (`ending`),
 * in at most `max` characters; a long question is cut at a word and ends with "…".
 */
export function questionDescription(question: string, ending: string, fallback: string, max = 160): string {
  const room = max - ending.length;
  let text = question.replace(/\s+/g, ' ').trim();
  if (text === '') return `${fallback}${ending}`;
  if (text.length > room) text = `${text.slice(0, room - 1).replace(/\s+\S*$/, '').trimEnd() || text.slice(0, room - 1)}…`;
  return `${text}${ending}`;
}
