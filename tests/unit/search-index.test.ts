import { pagefindIndexSearch } from '../../src/scripts/site-search-index.ts';
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
