import { faqTopicLabels, faqTopics } from '../../src/data/faq-topics.ts';
import { faqPagesEn } from '../../src/i18n/en/faqPages.ts';
import { faqPagesEs } from '../../src/i18n/es/faqPages.ts';
import { groupFaq, questionDescription } from '../../src/lib/faq.ts';
import { questionPageDescription } from '../../src/lib/faq-search.ts';

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

describe('questionDescription (a question page\'s meta description, either language)', () => {
  const en = faqPagesEn;
  const es = faqPagesEs;

  it('gives English pages the same description as before', () => {
    for (const q of ['How many hours a week is IOP?', '', '  Spaced   out?  ', `${'Very long question words '.repeat(12)}?`]) {
      expect(questionDescription(q, en.descriptionEnd, en.emptyQuestion)).toBe(questionPageDescription(q));
    }
  });

  it('ends a Spanish question with the Spanish ending, within 160 characters, cut at a word', () => {
    const short = questionDescription('¿Cuántas horas por semana dura el IOP?', es.descriptionEnd, es.emptyQuestion);
    expect(short).toBe(`¿Cuántas horas por semana dura el IOP?${es.descriptionEnd}`);
    const long = questionDescription(`¿${'Una pregunta muy larga sobre el programa '.repeat(8)}?`, es.descriptionEnd, es.emptyQuestion);
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long).toMatch(/\S… Una respuesta corta/);
    expect(questionDescription('  ', es.descriptionEnd, es.emptyQuestion)).toBe(`${es.emptyQuestion}${es.descriptionEnd}`);
  });
});

describe('FAQ topic names', () => {
  it('has a Spanish name for every topic, each different and none left in English', () => {
    const spanish = faqTopics.map((t) => faqPagesEs.topics[t]);
    expect(new Set(spanish).size).toBe(faqTopics.length);
    for (const t of faqTopics) {
      expect(faqPagesEs.topics[t], t).toMatch(/\S/);
      expect(faqPagesEs.topics[t], t).not.toBe(faqTopicLabels[t]);
    }
    expect(faqPagesEn.topics).toEqual(faqTopicLabels);
  });
});
