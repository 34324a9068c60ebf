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
