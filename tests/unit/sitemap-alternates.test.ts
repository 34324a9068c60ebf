import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternatesIn, builtFileFor, withAlternates } from '../../src/integrations/sitemap-alternates.ts';

const head = (links: string) => `<!doctype html><html lang="es"><head><link rel="canonical" href="https://x.example/es/"/>${links}</head><body></body></html>`;

describe('alternatesIn', () => {
  it('reads every hreflang alternate, whatever the attribute order and quoting', () => {
    const html = head(
      '<link rel="alternate" hreflang="en" href="https://x.example/help-now/">' +
        "<link href='https://x.example/es/ayuda-ahora/' hreflang='es' rel='alternate'>" +
        '<link rel=alternate hreflang=x-default href="https://x.example/help-now/?a=1&amp;b=2">' +
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml">',
    );
    expect(alternatesIn(html)).toEqual([
      { lang: 'en', url: 'https://x.example/help-now/' },
      { lang: 'es', url: 'https://x.example/es/ayuda-ahora/' },
      { lang: 'x-default', url: 'https://x.example/help-now/?a=1&b=2' },
    ]);
  });
  it('finds none on a page without alternates', () => {
    expect(alternatesIn(head(''))).toEqual([]);
  });
});

describe('withAlternates', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitemap-alternates-'));
    mkdirSync(join(dir, 'es/ayuda-ahora'), { recursive: true });
    writeFileSync(
      join(dir, 'es/ayuda-ahora/index.html'),
      head(
        '<link rel="alternate" hreflang="en" href="https://x.example/base/help-now/">' +
          '<link rel="alternate" hreflang="es" href="https://x.example/base/es/ayuda-ahora/">' +
          '<link rel="alternate" hreflang="x-default" href="https://x.example/base/help-now/">',
      ),
    );
    mkdirSync(join(dir, 'alone'));
    writeFileSync(join(dir, 'alone/index.html'), head(''));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a sitemap entry the alternates its built page names, under the base path', () => {
    const item = { url: 'https://x.example/base/es/ayuda-ahora/', changefreq: 'weekly' };
    expect(builtFileFor(item.url, dir, '/base/')).toBe(join(dir, 'es/ayuda-ahora/index.html'));
    expect(withAlternates(item, dir, '/base/')).toEqual({
      ...item,
      links: [
        { lang: 'en', url: 'https://x.example/base/help-now/' },
        { lang: 'es', url: 'https://x.example/base/es/ayuda-ahora/' },
        { lang: 'x-default', url: 'https://x.example/base/help-now/' },
      ],
    });
  });
  it('leaves an entry alone when its page names no alternates, or is not a built page', () => {
    expect(withAlternates({ url: 'https://x.example/base/alone/' }, dir, '/base/')).toEqual({ url: 'https://x.example/base/alone/' });
    expect(withAlternates({ url: 'https://x.example/base/missing/' }, dir, '/base/')).toEqual({ url: 'https://x.example/base/missing/' });
    expect(withAlternates({ url: 'https://x.example/other/es/ayuda-ahora/' }, dir, '/base/')).toEqual({ url: 'https://x.example/other/es/ayuda-ahora/' });
  });
});
