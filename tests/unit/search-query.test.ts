import { maxQueryLength, queryFromSearch, resultCountText } from '../../src/lib/search-query.ts';

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
