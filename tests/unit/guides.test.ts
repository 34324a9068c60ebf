import { byOrder, guideListPath, guidesPerPage, pageLinks, paginate } from '../../src/lib/guides.ts';

describe('paginate', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it('keeps a small library on one page, /guides/', () => {
    const pages = paginate(items.slice(0, 12));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, total: 1, path: '/guides/' });
    expect(pages[0]!.items).toHaveLength(12);
  });

  it('splits a large library so no page lists more than a page’s worth, in order, losing none', () => {
    const pages = paginate(items, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.path)).toEqual(['/guides/', '/guides/page/2/', '/guides/page/3/']);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('lists 5,000 guides on pages of the default size', () => {
    const pages = paginate(Array.from({ length: 5000 }, (_, i) => i));
    expect(pages).toHaveLength(5000 / guidesPerPage);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(guidesPerPage);
  });

  it('gives one empty page for no guides, and refuses a page size below 1', () => {
    expect(paginate([])).toEqual([{ number: 1, total: 1, items: [], path: '/guides/' }]);
    expect(() => paginate(items, 0)).toThrow(/above 0/);
  });
});

describe('guideListPath', () => {
  it('puts the first page at /guides/ and later ones below /guides/page/', () => {
    expect(guideListPath(1)).toBe('/guides/');
    expect(guideListPath(7)).toBe('/guides/page/7/');
  });
});

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two either side of the current page, with gaps marked', () => {
    expect(pageLinks(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageLinks(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageLinks(100, 100)).toEqual([1, null, 98, 99, 100]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });
});

describe('byOrder', () => {
  it('sorts by order, then title', () => {
    const g = (order: number, title: string) => ({ data: { order, title } });
    expect(byOrder([g(2, 'b'), g(1, 'z'), g(2, 'a')]).map((x) => x.data.title)).toEqual(['z', 'a', 'b']);
  });
});

describe('the Spanish guide list', () => {
  it('lives at /es/guias/ and pages on below it, 50 a page like the English list', () => {
    expect(guideListPath(1, 'es')).toBe('/es/guias/');
    expect(guideListPath(3, 'es')).toBe('/es/guias/page/3/');
    const pages = paginate(Array.from({ length: 120 }, (_, i) => i), guidesPerPage, 'es');
    expect(pages.map((p) => p.path)).toEqual(['/es/guias/', '/es/guias/page/2/', '/es/guias/page/3/']);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
  });
});
