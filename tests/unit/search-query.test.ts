import { displayQuery, foldWord, maxQueryLength, queryFromSearch, queryWords, resultCountText } from '../../src/lib/search-query.ts';

describe('queryFromSearch', () => {
  it('reads and trims q', () => {
    expect(queryFromSearch('?q=%20can%20I%20work%20')).toBe('can I work');
  });
  it('folds runs of white space', () => {
    expect(queryFromSearch('?q=php++vs%0Aiop')).toBe('php vs iop');
  });
  it('returns an empty string without q', () => {
    expect(queryFromSearch('?x=1')).toBe('');
    expect(queryFromSearch('')).toBe('');
  });
  it('cuts very long queries', () => {
    expect(queryFromSearch(`?q=${'a'.repeat(5000)}`)).toHaveLength(maxQueryLength);
  });
});

describe('resultCountText', () => {
  it('says when nothing matched', () => {
    expect(resultCountText(0, 'xyz')).toBe('No results for “xyz”.');
  });
  it('uses singular and plural', () => {
    expect(resultCountText(1, 'work')).toBe('1 result for “work”.');
    expect(resultCountText(4, 'work')).toBe('4 results for “work”.');
  });
});

describe('queryWords', () => {
  it('folds case, curly quotes, accents and punctuation', () => {
    expect(queryWords('  Can I keep WORKING?  ')).toEqual(['can', 'i', 'keep', 'working']);
    expect(queryWords('don’t  “enable”, please…')).toEqual(['dont', 'enable', 'please']);
    expect(queryWords('adolescénts')).toEqual(['adolescents']);
  });
  it('joins contractions, or splits them when asked', () => {
    expect(queryWords("my son's")).toEqual(['my', 'sons']);
    expect(queryWords("od'd", { splitApostrophes: true })).toEqual(['od', 'd']);
  });
  it('turns HTML, emoji and symbols into spaces', () => {
    expect(queryWords('<script>alert(1)</script>work')).toEqual(['alert', '1', 'work']);
    expect(queryWords('💊 pills 💊')).toEqual(['pills']);
    expect(queryWords('?!... ---')).toEqual([]);
  });
  it('keeps whole words within the query limit', () => {
    const words = queryWords('word '.repeat(1000));
    expect(words.join(' ').length).toBeLessThanOrEqual(maxQueryLength);
    expect(words.every((w) => w === 'word')).toBe(true);
  });
  it('returns no words for what is not text', () => {
    expect(queryWords(undefined)).toEqual([]);
    expect(queryWords(42)).toEqual([]);
  });
});

describe('displayQuery', () => {
  it('squeezes space and cuts to the limit, keeping the reader’s own words and case', () => {
    expect(displayQuery('  How do I\n help?  ')).toBe('How do I help?');
    expect(displayQuery('x'.repeat(5000))).toHaveLength(maxQueryLength);
    expect(displayQuery(null)).toBe('');
  });
});

describe('Spanish queries', () => {
  it('fold accents, ü and ñ, and drop ¿ ¡ « »', () => {
    expect(queryWords('¿Cómo está mi niño? ¡Ayúdenme!')).toEqual(['como', 'esta', 'mi', 'nino', 'ayudenme']);
    expect(queryWords('«Vergüenza» y AÑOS')).toEqual(['verguenza', 'y', 'anos']);
    expect(foldWord('PSICÓLOGA')).toBe('psicologa');
  });
  it('treat a word typed with a combining accent like the same word typed precomposed', () => {
    expect(queryWords('me\u0301dico')).toEqual(queryWords('médico'));
    expect(queryWords('n\u0303')).toEqual(['n']);
  });
  it('show the reader’s own accents back, folded only for matching', () => {
    expect(displayQuery('  ¿Qué   pasa después del IOP?  ')).toBe('¿Qué pasa después del IOP?');
  });
});
