import fc from 'fast-check';
import { en } from '../../src/data/search-words/en.ts';
import { answerQuery, enoughResults, fuseRankings, maxSearchedWords, planQuery, type IndexHit } from '../../src/lib/search-core.ts';

/** A tiny site: each page's words. The fake index finds pages holding every word of a term (by prefix, as a stemmer would). */
const pages: Record<string, string> = {
  families: 'supporting a loved one support without enabling boundaries family sessions setback crisis',
  teens: 'teens after school parents role privacy consent school schedules family',
  paying: 'insurance medicare medicaid parity plan says no appeal paying',
  working: 'keep working work employer schedule evening tracks',
  employer: 'will my employer be told privacy work',
  helpNow: 'need help now 988 suicide crisis lifeline 911 emergency danger',
  whatIs: 'what is an intensive outpatient program iop hours weeks',
  referrers: 'referrers pastors school counselors refer a family',
};

interface Page extends IndexHit {
  id: string;
}

function fakeIndex() {
  const calls: string[] = [];
  const search = async (term: string): Promise<Page[]> => {
    calls.push(term);
    const words = term.split(' ');
    return Object.entries(pages)
      .filter(([, text]) => words.every((w) => text.split(' ').some((t) => t.startsWith(w))))
      .map(([id]) => ({ id }));
  };
  return { search, calls };
}

const ids = (hits: readonly IndexHit[]) => hits.map((h) => h.id);

describe('planQuery', () => {
  it('drops stop words and keeps the meaningful ones in order, each once', () => {
    expect(planQuery('How do I help my son without enabling him?', en).meaningful).toEqual(['help', 'son', 'enabling']);
  });
  it('searches all meaningful words first, then synonyms', () => {
    const plan = planQuery('can my boss find out', en);
    expect(plan.first[0]).toMatchObject({ term: 'boss', kind: 'all words' });
    expect(plan.first.map((p) => p.term)).toEqual(expect.arrayContaining(['work', 'employer', 'privacy']));
  });
  it('plans pairs and single words for relaxing', () => {
    const plan = planQuery('son enabling boundaries', en);
    expect(plan.relaxed.map((p) => p.term)).toEqual(['son enabling', 'enabling boundaries', 'son', 'enabling', 'boundaries']);
  });
  it('weights a phrase the reader typed above a single synonym word', () => {
    const plan = planQuery('what is iop', en);
    const phrase = plan.first.find((p) => p.term === 'what is an intensive outpatient program');
    expect(phrase?.weight).toBeGreaterThanOrEqual(plan.first[0]!.weight);
  });
});

describe('answerQuery', () => {
  it('finds the families page for a question whose words no page has all of, and says so', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('how do I help my son without enabling him', { words: en, search });
    expect(ids(answer.results).slice(0, 3)).toContain('families');
    expect(answer.relaxed).toBe(true);
    expect(answer.note).toBe('No page has all of your words. These pages match most of them.');
    expect(answer.status).toMatch(/^\d+ results? for “how do I help my son without enabling him”\.$/);
  });

  it('says how many pages have every word when only a few do', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('employer privacy', { words: en, search });
    expect(answer.relaxed).toBe(true);
    expect(answer.note).toBe('Only 1 page has all of your words. Pages that match most of them follow.');
  });

  it('does not relax, and adds no note, when all the words find enough pages', async () => {
    const { search, calls } = fakeIndex();
    const answer = await answerQuery('family', { words: en, search });
    expect(answer.results.length).toBeGreaterThanOrEqual(enoughResults);
    expect(answer.relaxed).toBe(false);
    expect(answer.note).toBeNull();
    expect(calls).not.toContain('family sessions family');
  });

  it('synonyms lead a referrer to the referrers page', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('I am a pastor, how do I refer someone', { words: en, search });
    expect(ids(answer.results)[0]).toBe('referrers');
  });

  it('never returns nothing when one meaningful word is on the site', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('zebra giraffe medicare platypus', { words: en, search });
    expect(ids(answer.results)).toContain('paying');
    expect(answer.note).not.toBeNull();
  });

  it('says plainly when nothing matches', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('zzzqqqxxy', { words: en, search });
    expect(answer.results).toEqual([]);
    expect(answer.status).toBe('No results for “zzzqqqxxy”.');
    expect(answer.note).toBeNull();
  });

  it('asks for a meaningful word when the query has only common ones, without searching', async () => {
    const { search, calls } = fakeIndex();
    const answer = await answerQuery('how do I', { words: en, search });
    expect(calls).toEqual([]);
    expect(answer.status).toBe(en.text.onlyCommonWords('how do I'));
  });

  it('says nothing for an empty box', async () => {
    const { search, calls } = fakeIndex();
    const answer = await answerQuery('   ', { words: en, search });
    expect(answer.status).toBe('');
    expect(calls).toEqual([]);
  });

  it('puts the help page first and flags crisis for a crisis question', async () => {
    const { search } = fakeIndex();
    const answer = await answerQuery('my friend overdosed what do I do', { words: en, search });
    expect(answer.crisis).toBe(true);
    expect(ids(answer.results)[0]).toBe('helpNow');
  });

  it('flags crisis even when no page matches', async () => {
    const answer = await answerQuery('sucidal', { words: en, search: async () => [] });
    expect(answer.crisis).toBe(true);
    expect(answer.results).toEqual([]);
  });

  describe('spelling', () => {
    const vocabulary = async () => ['insurance', 'outpatient', 'adolescent', 'methadone', 'program', 'teens'];

    it('offers the site’s spelling, searches it and says so', async () => {
      const { search } = fakeIndex();
      const answer = await answerQuery('insurence', { words: en, search, vocabulary });
      expect(answer.suggestions).toEqual([{ word: 'insurence', suggestion: 'insurance', query: 'insurance' }]);
      expect(ids(answer.results)[0]).toBe('paying');
      expect(answer.note).toBe('No page uses “insurence”, so these pages match “insurance” instead.');
    });

    it('fixes every misspelled word in the rerun query', async () => {
      const { search } = fakeIndex();
      const answer = await answerQuery('adolecent outpatent', { words: en, search, vocabulary });
      expect(answer.suggestions.at(-1)?.query).toBe('adolescent outpatient');
    });

    it('also suggests words the synonym list understands (suboxone), and searches their synonyms', async () => {
      const { search, calls } = fakeIndex();
      const answer = await answerQuery('suboxen', { words: en, search, vocabulary });
      expect(answer.suggestions[0]?.suggestion).toBe('suboxone');
      expect(calls).toContain('medication');
    });

    it('offers the site’s spelling even when the index finds pages for the misspelling, and ranks by it', async () => {
      // The index guesses at a word it does not have (pages with a word that starts alike): those guesses
      // must not outrank the pages for the site's spelling.
      const calls: string[] = [];
      const guesses = async (term: string) => {
        calls.push(term);
        return term.includes('insurence') ? [{ id: 'glossary' }, { id: 'teens' }, { id: 'work' }] : [{ id: 'paying' }];
      };
      const answer = await answerQuery('insurence', { words: en, search: guesses, vocabulary });
      expect(answer.suggestions[0]?.suggestion).toBe('insurance');
      expect(calls).toContain('insurance');
      expect(ids(answer.results)).toEqual(['paying']);
      expect(answer.note).toBe(en.text.spellingNote([['insurence', 'insurance']]));
    });

    it('loads the vocabulary only for words long enough to correct', async () => {
      const { search } = fakeIndex();
      const load = vi.fn(vocabulary);
      await answerQuery('work', { words: en, search, vocabulary: load });
      expect(load).not.toHaveBeenCalled();
      await answerQuery('insurence', { words: en, search, vocabulary: load });
      expect(load).toHaveBeenCalledOnce();
    });

    it('searches on without suggestions when the vocabulary cannot load', async () => {
      const { search } = fakeIndex();
      const answer = await answerQuery('insurence', { words: en, search, vocabulary: () => Promise.reject(new Error('offline')) });
      expect(answer.suggestions).toEqual([]);
      expect(answer.status).toBe('No results for “insurence”.');
    });
  });

  it('passes on an index failure, so the page can say search is unavailable', async () => {
    await expect(answerQuery('work', { words: en, search: () => Promise.reject(new Error('no index')) })).rejects.toThrow('no index');
  });

  describe('hostile input: a clear message, never an exception', () => {
    it('a very long query is cut, and searches stay few', async () => {
      const { search, calls } = fakeIndex();
      const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
      const answer = await answerQuery(long, { words: en, search });
      expect(answer.display.length).toBeLessThanOrEqual(200);
      expect(answer.status).toMatch(/^No results for “word0 word1/);
      expect(Math.max(...calls.map((c) => c.split(' ').length))).toBeLessThanOrEqual(maxSearchedWords);
      expect(calls.length).toBeLessThan(30);
    });
    it('only punctuation', async () => {
      const { search, calls } = fakeIndex();
      const answer = await answerQuery('?!?!... ;;; ---', { words: en, search });
      expect(answer.status).toBe(en.text.typeSomething);
      expect(calls).toEqual([]);
    });
    it('emoji around a word', async () => {
      const { search } = fakeIndex();
      const answer = await answerQuery('💊💊 insurance 😟', { words: en, search });
      expect(ids(answer.results)).toContain('paying');
    });
    it('only emoji', async () => {
      const answer = await answerQuery('😟😟😟', { words: en, search: fakeIndex().search });
      expect(answer.status).toBe(en.text.typeSomething);
    });
    it('HTML is searched as words and shown back as text', async () => {
      const { search, calls } = fakeIndex();
      const answer = await answerQuery('<img src=x onerror=alert(1)>insurance', { words: en, search });
      expect(calls.every((c) => !/[<>=()]/.test(c))).toBe(true);
      expect(ids(answer.results)).toContain('paying');
    });
    it('not a string at all', async () => {
      for (const value of [null, undefined, 42, {}, ['work']]) {
        const answer = await answerQuery(value, { words: en, search: fakeIndex().search });
        expect(answer.status).toBe('');
      }
    });
    it('any string at all', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
          const answer = await answerQuery(text, { words: en, search: fakeIndex().search, vocabulary: async () => ['insurance'] });
          expect(typeof answer.status).toBe('string');
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('fuseRankings', () => {
  it('ranks a page found first by several searches above one found first by one', () => {
    const fused = fuseRankings([
      { weight: 1, hits: [{ id: 'a' }, { id: 'b' }] },
      { weight: 1, hits: [{ id: 'b' }, { id: 'c' }] },
    ]);
    expect(ids(fused)).toEqual(['b', 'a', 'c']);
  });
  it('lets a heavier search lead', () => {
    const fused = fuseRankings([
      { weight: 4, hits: [{ id: 'a' }] },
      { weight: 1, hits: [{ id: 'b' }] },
    ]);
    expect(ids(fused)).toEqual(['a', 'b']);
  });
  it('keeps each page once, as the first search returned it', () => {
    const first = { id: 'a', n: 1 };
    const fused = fuseRankings([{ weight: 1, hits: [first] }, { weight: 1, hits: [{ id: 'a', n: 2 }] }]);
    expect(fused).toEqual([first]);
  });
});
