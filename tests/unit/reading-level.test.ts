import { readingLevel, sentencesOf } from '../../src/lib/reading-level.ts';

describe('sentencesOf', () => {
  it('splits on sentence ends and line breaks', () => {
    expect(sentencesOf('You live at home. You go to group!\nA heading\nIs it hard?')).toEqual([
      'You live at home.',
      'You go to group!',
      'A heading',
      'Is it hard?',
    ]);
  });
  it('does not split after common abbreviations', () => {
    expect(sentencesOf('Some groups, e.g. SMART Recovery, meet online.')).toHaveLength(1);
  });
  it('drops pieces with no words', () => {
    expect(sentencesOf('…\n\n12\nYes.')).toEqual(['Yes.']);
  });
});

describe('readingLevel', () => {
  it('rates short plain sentences at a low grade', () => {
    const plain = 'You live at home. You go to group a few days a week. You can keep your job.';
    expect(readingLevel(plain).grade).toBeLessThan(4);
  });
  it('rates long sentences with long words at a high grade', () => {
    const dense =
      'Comprehensive multidisciplinary intensive outpatient interventions demonstrate considerable effectiveness regarding longitudinal psychiatric and substance-related functional outcomes.';
    expect(readingLevel(dense).grade).toBeGreaterThan(16);
  });
  it('counts words and sentences', () => {
    expect(readingLevel('One two three. Four five.')).toMatchObject({ words: 5, sentences: 2 });
  });
  it('returns grade 0 for text with no words instead of NaN', () => {
    expect(readingLevel('12 34 …')).toEqual({ grade: 0, words: 0, sentences: 0 });
  });
});
