import { globsFor, htmlFileOf, isContentPage } from '../../src/integrations/pagefind.ts';

describe('isContentPage', () => {
  it('keeps pages with their own words: guides, FAQ answers, glossary, help, about and each tool', () => {
    for (const path of ['guides/teens/', 'faq/what-is-iop/', 'glossary/', 'help-now/', 'about/', 'for-referrers/', 'tools/hours-estimator/', 'tools/questions-to-ask/']) expect(isContentPage(path), path).toBe(true);
  });

  it('leaves out the 404 page, lists and search', () => {
    for (const path of ['404/', '404.html', '', '/', 'search/', 'tools/', 'guides/', 'guides/page/2/', 'faq/', 'for-referrers/handout/'])
      expect(isContentPage(path), path).toBe(false);
  });

  it('keeps the Spanish content pages, as in English', () => {
    for (const path of ['es/guias/iop-para-adolescentes/', 'es/preguntas/que-es-un-iop/', 'es/glosario/', 'es/ayuda-ahora/', 'es/acerca-de/', 'es/para-referentes/', 'es/herramientas/calculadora-de-horas/', 'es/herramientas/preguntas-para-hacer/'])
      expect(isContentPage(path), path).toBe(true);
  });

  it('leaves out the Spanish 404 page, lists and search, which are the English ones’ twins', () => {
    for (const path of ['es/', '/es/', 'es/404/', 'es/404.html', 'es/buscar/', 'es/herramientas/', 'es/guias/', 'es/guias/page/2/', 'es/preguntas/', 'es/para-referentes/hoja/'])
      expect(isContentPage(path), path).toBe(false);
  });

  it('does not mistake a Spanish guide whose name starts like a list page for the list', () => {
    expect(isContentPage('es/guias/page-a/')).toBe(true);
    expect(isContentPage('es/buscar-ayuda/')).toBe(true);
    expect(isContentPage('es/preguntas/que-hago-si-no-tengo-seguro/')).toBe(true);
  });

  it('leaves out files that are not pages', () => {
    for (const path of ['og/guide-teens.png', 'og/es-guide-que-es-un-iop.png', 'icons/192.png', 'site.webmanifest', 'robots.txt']) expect(isContentPage(path), path).toBe(false);
  });

  it('does not mistake a guide whose name starts like a list page for the list', () => {
    expect(isContentPage('guides/page-turners/')).toBe(true);
    expect(isContentPage('faq/tools-for-families/')).toBe(true);
  });
});

describe('htmlFileOf', () => {
  it('maps a page path to the file Astro writes in directory format', () => {
    expect(htmlFileOf('guides/teens/')).toBe('guides/teens/index.html');
    expect(htmlFileOf('/about/')).toBe('about/index.html');
    expect(htmlFileOf('about')).toBe('about/index.html');
    expect(htmlFileOf('')).toBe('index.html');
    expect(htmlFileOf('404.html')).toBe('404.html');
  });
});

describe('globsFor', () => {
  it('matches exactly the listed files, in groups', () => {
    expect(globsFor(['a/index.html', 'b/index.html', 'c/index.html'], 2)).toEqual(['{a/index.html,b/index.html}', '{c/index.html}']);
  });

  it('escapes glob characters in file names', () => {
    expect(globsFor(['a,b/index.html', 'x{y}/index.html'])).toEqual(['{a\\,b/index.html,x\\{y\\}/index.html}']);
  });

  it('gives no glob for no files', () => {
    expect(globsFor([])).toEqual([]);
  });
});
