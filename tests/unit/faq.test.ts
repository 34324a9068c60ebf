import { groupFaq } from '../../src/lib/faq.ts';

const entry = (id: string, topic: 'a' | 'b' | 'c', order: number, question = id) => ({ id, data: { topic, order, question } });

describe('groupFaq', () => {
  it('keeps the topic order given and leaves out empty topics', () => {
    const groups = groupFaq([entry('x', 'c', 1), entry('y', 'a', 1)], ['a', 'b', 'c'] as const);
    expect(groups.map((g) => g.topic)).toEqual(['a', 'c']);
  });
  it('orders entries by order, then by question', () => {
    const groups = groupFaq(
      [entry('late', 'a', 20), entry('b-q', 'a', 10, 'B?'), entry('a-q', 'a', 10, 'A?')],
      ['a', 'b', 'c'] as const,
    );
    expect(groups[0]!.entries.map((e) => e.id)).toEqual(['a-q', 'b-q', 'late']);
  });
});
