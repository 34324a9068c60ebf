import fc from 'fast-check';
import {
  answerSlotName,
  byTopics,
  cleanQuery,
  faqPageType,
  faqSearchText,
  faqSearchWords,
  faqQuestionPath,
  isFiltering,
  matchingInPageOrder,
  noFilter,
  pagefindFaqQuery,
  pagefindFilters,
  questionPageDescription,
  searchWithState,
  shownTopics,
  slugFromHash,
  slugFromResultUrl,
  statusIn,
  statusText,
  toggleTopic,
  topicCounts,
  topicsFromSearch,
  withQuery,
} from '../../src/lib/faq-search.ts';
import { withBase } from '../../src/lib/paths.ts';
import { maxQueryLength } from '../../src/lib/search-query.ts';
import { faqTopicLabels, faqTopics } from '../../src/data/faq-topics.ts';
import type { PagefindApi } from '../../src/scripts/pagefind-loader.ts';
import { faqSearchEs } from '../../src/i18n/es/faqSearch.ts';

const runs = { numRuns: 10_000 };
const bases = ['/', '/iop-guide/', '/a/b/'];
const anySlug = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const realSlug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,6}$/);

describe('slugFromResultUrl', () => {
  it('reads the slug of a question page, with or without base path and origin', () => {
    expect(slugFromResultUrl('/faq/can-i-keep-working/', '/')).toBe('can-i-keep-working');
    expect(slugFromResultUrl('/iop-guide/faq/can-i-keep-working/', '/iop-guide/')).toBe('can-i-keep-working');
    expect(slugFromResultUrl('/iop-guide/faq/can-i-keep-working/', '/iop-guide')).toBe('can-i-keep-working');
    expect(slugFromResultUrl('https://example.org/iop-guide/faq/x/', '/iop-guide/')).toBe('x');
    expect(slugFromResultUrl('/faq/x/index.html', '/')).toBe('x');
    expect(slugFromResultUrl('/faq/x/?q=1#top', '/')).toBe('x');
    expect(slugFromResultUrl('/faq/x', '/')).toBe(null);
  });

  it('says null for pages that are not single questions', () => {
    for (const url of ['/faq/', '/guides/what-is-iop/', '/faq/a/b/', '/glossary/#iop', '', '/faq/%E0%A4%A/', '//faq/x/']) {
      expect(slugFromResultUrl(url, '/'), url).toBe(null);
    }
    expect(slugFromResultUrl('/other/faq/x/', '/iop-guide/')).toBe(null);
  });

  it('round-trips every slug through the address of its page, under any base path', () => {
    fc.assert(
      fc.property(anySlug, fc.constantFrom(...bases), (slug, base) => {
        expect(slugFromResultUrl(withBase(base, faqQuestionPath(slug)), base)).toBe(slug);
        expect(slugFromResultUrl(`https://example.org${withBase(base, faqQuestionPath(slug))}`, base)).toBe(slug);
      }),
      runs,
    );
  });

  it('round-trips real-looking slugs unescaped', () => {
    fc.assert(
      fc.property(realSlug, fc.constantFrom(...bases), (slug, base) => {
        expect(faqQuestionPath(slug)).toBe(`/faq/${slug}/`);
        expect(slugFromResultUrl(`${base}faq/${slug}/`, base)).toBe(slug);
      }),
      runs,
    );
  });

  it('never throws and gives a non-empty string or null for any address and base', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (url, base) => {
        const slug = slugFromResultUrl(url, base);
        expect(slug === null || (typeof slug === 'string' && slug.length > 0)).toBe(true);
      }),
      runs,
    );
  });
});

describe('slugFromHash', () => {
  it('reads #slug, decoding escapes, and null for nothing', () => {
    expect(slugFromHash('#can-i-keep-working')).toBe('can-i-keep-working');
    expect(slugFromHash('#caf%C3%A9')).toBe('café');
    expect(slugFromHash('')).toBe(null);
    expect(slugFromHash('#')).toBe(null);
    expect(slugFromHash('#%E0%A4%A')).toBe(null);
  });

  it('round-trips any slug and never throws', () => {
    fc.assert(
      fc.property(anySlug, (slug) => {
        expect(slugFromHash(`#${encodeURIComponent(slug)}`)).toBe(slug);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (hash) => {
        const slug = slugFromHash(hash);
        expect(slug === null || slug.length > 0).toBe(true);
      }),
      runs,
    );
  });
});

describe('matchingInPageOrder', () => {
  it('keeps page order, drops unknown and repeated slugs', () => {
    expect(matchingInPageOrder(['a', 'b', 'c', 'd'], ['d', null, 'b', 'zz', 'b', undefined])).toEqual(['b', 'd']);
    expect(matchingInPageOrder(['a'], [])).toEqual([]);
  });

  it('is always the page order restricted to what was found', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        fc.array(fc.option(fc.string({ maxLength: 6 })), { maxLength: 40 }),
        (page, found) => {
          const result = matchingInPageOrder(page, found);
          expect(result).toEqual(page.filter((slug) => found.includes(slug)));
          expect(new Set(result).size).toBe(result.length);
        },
      ),
      runs,
    );
  });
});

describe('filter state', () => {
  it('toggles topics on and off and knows when the reader is filtering', () => {
    const one = toggleTopic(noFilter, 'teens');
    expect(one.topics).toEqual(['teens']);
    expect(isFiltering(one)).toBe(true);
    expect(toggleTopic(toggleTopic(one, 'family'), 'teens').topics).toEqual(['family']);
    expect(isFiltering(toggleTopic(one, 'teens'))).toBe(false);
    expect(isFiltering(withQuery(noFilter, '   '))).toBe(false);
    expect(withQuery(noFilter, '  keep \n working ').query).toBe('keep working');
    expect(noFilter).toEqual({ query: '', topics: [] });
  });

  it('toggling the same topic twice gives back the same topics', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...Object.keys(faqTopicLabels))), fc.constantFrom(...Object.keys(faqTopicLabels)), (topics, topic) => {
        const state = { query: '', topics };
        expect(toggleTopic(toggleTopic(state, topic), topic).topics.toSorted()).toEqual(topics.toSorted());
      }),
      runs,
    );
  });

  it('cleans any query to a trimmed, single-spaced string within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const q = cleanQuery(raw);
        expect(q.length).toBeLessThanOrEqual(maxQueryLength);
        expect(q).toBe(q.trim());
        expect(q).not.toMatch(/\s{2}/);
      }),
      runs,
    );
  });
});

describe('pagefindFilters', () => {
  it('always keeps to FAQ pages, and asks for any of the chosen topics by label', () => {
    expect(pagefindFilters(noFilter, faqTopicLabels)).toEqual({ type: faqPageType });
    expect(pagefindFilters({ query: 'x', topics: ['teens', 'family'] }, faqTopicLabels)).toEqual({
      type: faqPageType,
      topic: { any: [faqTopicLabels.teens, faqTopicLabels.family] },
    });
    expect(pagefindFilters({ query: '', topics: ['nope', 'toString'] }, faqTopicLabels)).toEqual({ type: faqPageType });
  });
});

describe('topicCounts', () => {
  it('maps Pagefind counts by label to counts by topic id, 0 when missing or not a count', () => {
    const counts = topicCounts(faqTopicLabels, {
      [faqTopicLabels.teens]: 2,
      [faqTopicLabels.family]: Number.NaN,
      [faqTopicLabels.privacy]: -3,
      [faqTopicLabels.virtual]: 1.7,
      Unrelated: 9,
    });
    expect(counts.teens).toBe(2);
    expect(counts.family).toBe(0);
    expect(counts.privacy).toBe(0);
    expect(counts.virtual).toBe(1);
    expect(counts.basics).toBe(0);
    expect(Object.keys(counts)).toEqual(Object.keys(faqTopicLabels));
    expect(Object.values(topicCounts(faqTopicLabels, undefined)).every((n) => n === 0)).toBe(true);
  });

  it('gives a whole, non-negative number for every topic whatever Pagefind sends', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.integer())), (raw) => {
        for (const n of Object.values(topicCounts(faqTopicLabels, raw))) {
          expect(Number.isInteger(n) && n >= 0).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe('statusText', () => {
  const total = 36;
  it('says how many questions match the words', () => {
    expect(statusText({ count: 3, query: 'work', topicLabels: [], total })).toBe('3 questions match “work”.');
    expect(statusText({ count: 1, query: 'saliva', topicLabels: [], total })).toBe('1 question matches “saliva”.');
    expect(statusText({ count: 0, query: 'zzz', topicLabels: [], total })).toBe('No questions match “zzz”.');
  });

  it('names the chosen topics', () => {
    expect(statusText({ count: 2, query: '', topicLabels: ['Teens'], total })).toBe('2 questions in “Teens”.');
    expect(statusText({ count: 1, query: '', topicLabels: ['Teens', 'Family'], total })).toBe('1 question in “Teens” or “Family”.');
    expect(statusText({ count: 4, query: 'pay', topicLabels: ['A', 'B', 'C'], total })).toBe('4 questions match “pay” in “A”, “B” or “C”.');
    expect(statusText({ count: 0, query: 'pay', topicLabels: ['Teens'], total })).toBe('No questions match “pay” in “Teens”.');
  });

  it('says all questions show when nothing is filtered', () => {
    expect(statusText({ count: 0, query: ' ', topicLabels: [], total })).toBe(`Showing all ${total} questions.`);
    expect(statusText({ count: 0, query: '', topicLabels: [], total: 1 })).toBe('Showing 1 question.');
  });

  it('never shows NaN, undefined, Infinity or a blank, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer()),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.array(fc.string(), { maxLength: 4 }),
        fc.oneof(fc.double(), fc.integer()),
        (count, query, topicLabels, anyTotal) => {
          const text = statusText({ count, query, topicLabels, total: anyTotal });
          expect(text.trim().length).toBeGreaterThan(0);
          // Whatever the reader typed, and the topic names, are quoted back as they are; the rest is ours.
          const ours = [cleanQuery(query), ...topicLabels].reduce((rest, quoted) => rest.replaceAll(`“${quoted}”`, ''), text);
          expect(ours).not.toMatch(/NaN|undefined|Infinity|null|-\d/);
          expect(text).toMatch(/\.$/);
        },
      ),
      runs,
    );
  });

  it('uses the singular exactly when one question matches', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.stringMatching(/^[a-z]{1,10}$/), (count, query) => {
        const text = statusText({ count, query, topicLabels: [], total });
        expect(text.includes('1 question matches')).toBe(count === 1);
        expect(text.startsWith('No questions')).toBe(count === 0);
      }),
      runs,
    );
  });
});

describe('in Spanish', () => {
  const words = faqSearchWords(faqSearchEs);
  const total = 36;
  it('counts matches in Spanish, singular and plural', () => {
    expect(statusIn(faqSearchEs.status, { count: 3, query: 'trabajo', topicLabels: [], total })).toBe('3 preguntas coinciden con “trabajo”.');
    expect(statusIn(faqSearchEs.status, { count: 1, query: 'saliva', topicLabels: [], total })).toBe('1 pregunta coincide con “saliva”.');
    expect(statusIn(faqSearchEs.status, { count: 0, query: 'zzz', topicLabels: [], total })).toBe('Ninguna pregunta coincide con “zzz”.');
    expect(statusIn(faqSearchEs.status, { count: 2, query: '', topicLabels: ['Adolescentes'], total })).toBe('2 preguntas en “Adolescentes”.');
    expect(statusIn(faqSearchEs.status, { count: 0, query: '', topicLabels: ['Adolescentes'], total })).toBe('No hay preguntas en “Adolescentes”.');
    expect(statusIn(faqSearchEs.status, { count: 4, query: 'pagar', topicLabels: ['A', 'B', 'C'], total })).toBe(
      '4 preguntas coinciden con “pagar” en “A”, “B” o “C”.',
    );
    expect(statusIn(faqSearchEs.status, { count: 0, query: '', topicLabels: [], total })).toBe('Se muestran las 36 preguntas.');
    expect(statusIn(faqSearchEs.status, { count: 0, query: '', topicLabels: [], total: 1 })).toBe('Se muestra 1 pregunta.');
  });
  it('puts a topic in a sentence with a small first letter, unless it starts with an acronym', () => {
    expect(words.embedTitle('Adolescentes')).toBe('Preguntas sobre adolescentes');
    expect(words.topicPreset('IOP en línea (virtual)')).toBe('Buscar en las preguntas sobre IOP en línea (virtual)');
    expect(faqSearchText.embedTitle('Online (virtual) IOP')).toBe('Questions about online (virtual) IOP');
  });
  it('offers the whole-site search with the words', () => {
    expect(words.siteSearch(' seguro  médico ')).toBe('Buscar “seguro médico” en todo el sitio');
    expect(words.siteSearch(' ')).toBe('Buscar en todo el sitio');
  });
  it('reads Spanish question addresses, with or without the base path, and only in the folder asked for', () => {
    expect(slugFromResultUrl('/es/preguntas/puedo-seguir-trabajando/', '/', '/es/preguntas/')).toBe('puedo-seguir-trabajando');
    expect(slugFromResultUrl('/iop-guide/es/preguntas/puedo-seguir-trabajando/', '/iop-guide/', '/es/preguntas/')).toBe('puedo-seguir-trabajando');
    expect(slugFromResultUrl('/es/preguntas/puedo-seguir-trabajando/', '/')).toBeNull();
    expect(slugFromResultUrl('/faq/can-i-keep-working/', '/', '/es/preguntas/')).toBeNull();
    expect(slugFromResultUrl('/es/guias/que-es-un-iop/', '/', '/es/preguntas/')).toBeNull();
  });
});

describe('faqSearchText.siteSearch', () => {
  it('names the words when there are some', () => {
    expect(faqSearchText.siteSearch(' teen  school ')).toBe('Search the whole site for “teen school”');
    expect(faqSearchText.siteSearch('   ')).toBe('Search the whole site');
  });
});

describe('questionPageDescription', () => {
  it('starts with the question', () => {
    expect(questionPageDescription('Can I keep working during IOP?')).toMatch(/^Can I keep working during IOP\? /);
  });

  it('is always 50 to 160 characters, however long the question', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (question) => {
        const text = questionPageDescription(question);
        expect(text.length).toBeGreaterThanOrEqual(50);
        expect(text.length).toBeLessThanOrEqual(160);
      }),
      runs,
    );
  });
});

describe('the address: ?q= and ?topic=', () => {
  it('reads known topics from ?topic=a,b or repeated topic=, in page order, each once', () => {
    expect(topicsFromSearch('?topic=teens,family', faqTopics)).toEqual(['family', 'teens']);
    expect(topicsFromSearch('?topic=teens&topic=privacy&topic=teens', faqTopics)).toEqual(['teens', 'privacy']);
    expect(topicsFromSearch('?topic=nope,<script>', faqTopics)).toEqual([]);
    expect(topicsFromSearch('?q=work', faqTopics)).toEqual([]);
  });

  it('writes words first, then topics, and keeps other parameters', () => {
    expect(searchWithState('', { query: 'keep working', topics: ['teens', 'family'] })).toBe('?q=keep+working&topic=teens,family');
    expect(searchWithState('?topic=teens&utm=x&q=old', { query: 'new', topics: [] })).toBe('?utm=x&q=new');
    expect(searchWithState('?q=old&topic=teens', noFilter)).toBe('');
  });

  it('round-trips any state through the address', () => {
    fc.assert(
      fc.property(fc.string(), fc.subarray([...faqTopics]), (raw, topics) => {
        const state = { query: cleanQuery(raw), topics };
        const search = searchWithState('', state);
        expect(topicsFromSearch(search, faqTopics)).toEqual(topics);
        expect(cleanQuery(new URLSearchParams(search).get('q') ?? '')).toBe(state.query);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('shownTopics and byTopics', () => {
  const topics = ['basics', 'teens', 'family'];
  it('offers every topic until words are typed, then only those with a match or switched on', () => {
    expect(shownTopics(topics, noFilter, { basics: 0, teens: 0, family: 0 })).toEqual(topics);
    expect(shownTopics(topics, { query: 'boss', topics: [] }, { basics: 0, teens: 1, family: 0 })).toEqual(['teens']);
    expect(shownTopics(topics, { query: 'boss', topics: ['family'] }, { basics: 0, teens: 1 })).toEqual(['teens', 'family']);
  });

  it('filters by topic alone in page order, without a search index', () => {
    const entries = [
      { slug: 'a', topic: 'basics' },
      { slug: 'b', topic: 'teens' },
      { slug: 'c', topic: 'basics' },
    ];
    expect(byTopics(entries, ['basics'])).toEqual(['a', 'c']);
    expect(byTopics(entries, ['teens', 'basics'])).toEqual(['a', 'b', 'c']);
    expect(byTopics(entries, [])).toEqual(['a', 'b', 'c']);
  });

  it('names answer slots with letters and digits only (Astro camel-cases kebab-case slot names)', () => {
    expect(answerSlotName(0)).toBe('answer0');
    expect(answerSlotName(35)).toMatch(/^[a-z]+\d+$/i);
  });
});

describe('pagefindFaqQuery', () => {
  const context = {
    topicLabels: { teens: 'Teens', family: 'Family' },
    pageOrder: ['c', 'a', 'b'],
    totals: { teens: 2, family: 1 },
    base: '/iop-guide/',
  };
  function fakePagefind(byCall: { urls: string[]; topic?: Record<string, number> }[]) {
    const calls: { query: string | null; filters: unknown }[] = [];
    let loads = 0;
    const api = {
      filters: async () => ({}),
      search: async (query: string | null, options?: { filters?: Record<string, unknown> }) => {
        const answer = byCall[calls.length] ?? { urls: [] };
        calls.push({ query, filters: options?.filters });
        return {
          results: answer.urls.map((url) => ({ id: url, data: async () => ({ url, excerpt: '', meta: {}, filters: {} }) })),
          filters: answer.topic ? { topic: answer.topic } : undefined,
        };
      },
    } as unknown as PagefindApi;
    return { load: async () => (loads++, api), calls, loads: () => loads };
  }

  it('searches FAQ pages for the words, gives matches in page order and counts per topic', async () => {
    const fake = fakePagefind([{ urls: ['/iop-guide/faq/a/', '/iop-guide/faq/c/', '/iop-guide/guides/x/'], topic: { Teens: 2 } }]);
    const result = await pagefindFaqQuery(fake.load)({ query: 'work', topics: [] }, context);
    expect(result).toEqual({ slugs: ['c', 'a'], counts: { teens: 2, family: 0 } });
    expect(fake.calls).toEqual([{ query: 'work', filters: { type: 'faq' } }]);
  });

  it('with topics on, counts still come from the words alone and matches from words and topics', async () => {
    const fake = fakePagefind([{ urls: [], topic: { Teens: 1, Family: 1 } }, { urls: ['/iop-guide/faq/b/'] }]);
    const result = await pagefindFaqQuery(fake.load)({ query: 'school', topics: ['teens'] }, context);
    expect(result).toEqual({ slugs: ['b'], counts: { teens: 1, family: 1 } });
    expect(fake.calls[1]).toEqual({ query: 'school', filters: { type: 'faq', topic: { any: ['Teens'] } } });
  });

  it('passes a failure on, so the widget can say search is not available', async () => {
    const run = pagefindFaqQuery(async () => {
      throw new Error('offline');
    });
    await expect(run({ query: 'work', topics: [] }, context)).rejects.toThrow('offline');
  });
});
