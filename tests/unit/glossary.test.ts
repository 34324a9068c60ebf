import { glossaryByTerm } from '../../src/lib/glossary.ts';

describe('glossaryByTerm', () => {
  it('sorts by term, ignoring case and leading punctuation', () => {
    const terms = ['relapse', '"Step down"', 'ASAM', 'aftercare'].map((term) => ({ data: { term } }));
    expect(glossaryByTerm(terms).map((t) => t.data.term)).toEqual(['aftercare', 'ASAM', 'relapse', '"Step down"']);
  });
});
