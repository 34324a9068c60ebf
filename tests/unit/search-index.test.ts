import { pagefindIndexSearch, siteSearch } from '../../src/scripts/site-search-index.ts';
import type { PagefindApi, PagefindResult } from '../../src/scripts/pagefind-loader.ts';

function fakePagefind(results: Record<string, string[]>) {
  const calls: { term: string | null; filters: unknown }[] = [];
  const api = {
    search: async (term: string | null, options?: { filters?: Record<string, unknown> }) => {
      calls.push({ term, filters: options?.filters });
      const ids = results[term ?? ''] ?? [];
      return { results: ids.map((id): PagefindResult => ({ id, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }) })) };
    },
  } as unknown as PagefindApi;
  return { api, calls };
}

describe('pagefindIndexSearch', () => {
  it('returns Pagefind’s results for a term, without loading any result’s data', async () => {
    const { api } = fakePagefind({ work: ['a', 'b'] });
    const search = pagefindIndexSearch({ load: async () => api });
    expect((await search('work')).map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('passes the filters on every search (the FAQ asks for FAQ pages only)', async () => {
    const { api, calls } = fakePagefind({ work: ['a'] });
    const search = pagefindIndexSearch({ load: async () => api, filters: { type: 'faq' } });
    await search('work');
    expect(calls).toEqual([{ term: 'work', filters: { type: 'faq' } }]);
  });
  it('asks the index once per term, and again after a failure', async () => {
    const { api, calls } = fakePagefind({ work: ['a'] });
    let fail = true;
    const search = pagefindIndexSearch({
      load: async () => {
        if (fail) throw new Error('offline');
        return api;
      },
    });
    await expect(search('work')).rejects.toThrow('offline');
    fail = false;
    await search('work');
    await search('work');
    expect(calls).toHaveLength(1);
  });
});

describe('siteSearch', () => {
  it('answers a reader’s text through the core, with the box’s filters', async () => {
    const { api, calls } = fakePagefind({ work: ['faq-a', 'faq-b', 'faq-c'] });
    const ask = siteSearch({ load: async () => api, filters: { type: 'faq' } });
    const answer = await ask('Can I keep my job?');
    expect(calls.every((c) => JSON.stringify(c.filters) === '{"type":"faq"}')).toBe(true);
    expect(calls.map((c) => c.term)).toContain('work');
    expect(answer.crisis).toBe(false);
    expect(answer.status).toMatch(/for “Can I keep my job\?”\.$/);
  });
  it('flags crisis for the FAQ box too', async () => {
    const { api } = fakePagefind({});
    const answer = await siteSearch({ load: async () => api })('i want to die');
    expect(answer.crisis).toBe(true);
  });
});

describe('siteSearch in Spanish', () => {
  it('uses the Spanish word lists and answers in Spanish', async () => {
    const { api, calls } = fakePagefind({ seguro: ['es-pagar', 'es-seguro', 'es-medicare'] });
    const answer = await siteSearch({ load: async () => api, lang: 'es' })('¿Mi aseguranza cubre el IOP?');
    expect(calls.map((c) => c.term)).toContain('seguro');
    expect(answer.results.map((r) => r.id)).toContain('es-pagar');
    expect(answer.status).toMatch(/ para “¿Mi aseguranza cubre el IOP\?”\.$/);
  });
  it('flags a Spanish crisis question, which the English lists would miss', async () => {
    const { api } = fakePagefind({});
    expect((await siteSearch({ load: async () => api, lang: 'es' })('quiero matarme')).crisis).toBe(true);
    expect((await siteSearch({ load: async () => api })('quiero matarme')).crisis).toBe(false);
  });
});
