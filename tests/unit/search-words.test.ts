// The English search word lists are data a reviewer edits by hand: these checks keep each entry usable.
import { en } from '../../src/data/search-words/en.ts';
import { planQuery } from '../../src/lib/search-core.ts';
import { queryWords } from '../../src/lib/search-query.ts';

/** A list entry must already look like what the search makes of a query, or it can never match. */
const normalised = (entry: string) => queryWords(entry).join(' ') === entry;

describe('stop words', () => {
  it('are single normalised words, each once', () => {
    for (const word of en.stopWords) expect(queryWords(word), word).toEqual([word]);
    expect(new Set(en.stopWords).size).toBe(en.stopWords.length);
  });
  it('leave the words that carry the meaning of a reader’s question', () => {
    expect(planQuery('Can I keep working during IOP?', en).meaningful).toEqual(['keep', 'working', 'during', 'iop']);
    expect(planQuery('What should I bring on the first day?', en).meaningful).toEqual(['bring', 'first', 'day']);
  });
  it('never include a word the site is about', () => {
    for (const word of ['iop', 'insurance', 'teens', 'family', 'work', 'help', 'group', 'school', 'after', 'only', 'safe', 'die']) {
      expect(en.stopWords, word).not.toContain(word);
    }
  });
});

describe('synonyms', () => {
  it('each entry has words, words to search and a reason a real reader would use them', () => {
    for (const entry of en.synonyms) {
      expect(entry.when.length, entry.reason).toBeGreaterThan(0);
      expect(entry.alsoSearch.length, entry.reason).toBeGreaterThan(0);
      expect(entry.reason.length, entry.when.join()).toBeGreaterThan(15);
      for (const phrase of [...entry.when, ...entry.alsoSearch]) expect(normalised(phrase), phrase).toBe(true);
    }
  });
  it.each([
    ['my son', 'teens'],
    ['my daughter', 'family'],
    ['health plan', 'insurance'],
    ['coverage', 'insurance'],
    ['video', 'virtual'],
    ['telehealth', 'virtual'],
    ['boss', 'work'],
    ['job', 'work'],
    ['pastor', 'referrers'],
    ['counselor', 'referrers'],
    ['refer', 'referrers'],
    ['quit', 'after iop'],
    ['ends', 'after iop'],
    ['suboxone', 'medication'],
  ])('“%s” also searches “%s”', (query, term) => {
    expect(planQuery(query, en).first.map((p) => p.term)).toContain(term);
  });
});

describe('crisis phrases', () => {
  it('are normalised (a trailing * allowed), each once', () => {
    for (const phrase of en.crisisPhrases) expect(normalised(phrase.replace(/\*$/, '')), phrase).toBe(true);
    expect(new Set(en.crisisPhrases).size).toBe(en.crisisPhrases.length);
  });
  it('include every danger the site promises to catch', () => {
    for (const query of ['suicide', 'self harm', 'overdose', 'kill myself', 'want to die', 'not safe', 'emergency', 'hurting myself']) {
      expect(planQuery(query, en).crisis, query).toBe(true);
    }
  });
});

describe('search wording', () => {
  it('counts results in the singular and plural', () => {
    expect(en.text.results(1, 'work')).toBe('1 result for “work”.');
    expect(en.text.results(4, 'work')).toBe('4 results for “work”.');
    expect(en.text.noResults('xyz')).toBe('No results for “xyz”.');
  });
  it('names each corrected word', () => {
    expect(en.text.spellingNote([['insurence', 'insurance'], ['adolecent', 'adolescent']])).toBe(
      'No page uses “insurence” or “adolecent”, so these pages match “insurance” and “adolescent” instead.',
    );
  });
});
