// English↔Spanish addresses: pages paired both ways, and links written in Spanish content as English
// paths, with their #anchors, mapped to the Spanish page and section (or refused).
import { headingAnchors, spanishLink, translationMap, type AnchorTable } from '../../src/lib/translation-map.ts';

const map = translationMap([
  { en: '/guides/', es: '/es/guias/' },
  { en: '/guides/teens/', es: '/es/guias/iop-para-adolescentes/' },
  { en: '/glossary/', es: '/es/glosario/' },
  { en: '/faq/', es: '/es/preguntas/' },
  { en: '/help-now/', es: '/es/ayuda-ahora/' },
  { en: '/tools/compare-levels/', es: '/es/herramientas/comparar-niveles/' },
]);

const english = [
  { depth: 2, slug: 'what-teen-iop-is' },
  { depth: 2, slug: 'school' },
  { depth: 3, slug: 'talking-with-the-school' },
  { depth: 2, slug: 'privacy' },
];
const spanish = [
  { depth: 2, slug: 'qué-es-el-iop-para-adolescentes' },
  { depth: 2, slug: 'la-escuela' },
  { depth: 3, slug: 'cómo-hablar-con-la-escuela' },
  { depth: 2, slug: 'la-privacidad' },
];

const anchors: AnchorTable = new Map([
  ['/guides/teens/', headingAnchors('"iop-para-adolescentes"', english, spanish)],
  ['/glossary/', new Map([['iop', 'programa-ambulatorio-intensivo']])],
  ['/faq/', new Map([['how-many-hours-for-teens', 'cuantas-horas-para-adolescentes']])],
]);

describe('translationMap', () => {
  it('pairs pages both ways, keeping the query and fragment', () => {
    expect(map.toSpanish('/guides/teens/')).toBe('/es/guias/iop-para-adolescentes/');
    expect(map.toEnglish('/es/ayuda-ahora/')).toBe('/help-now/');
    expect(map.counterpart('/tools/compare-levels/?levels=iop,php')).toBe('/es/herramientas/comparar-niveles/?levels=iop,php');
    expect(map.toSpanish('/about/')).toBeUndefined();
  });
});

describe('headingAnchors', () => {
  it('matches a guide’s sections by order when both have the same heading levels', () => {
    const table = headingAnchors('"iop-para-adolescentes"', english, spanish);
    expect(table.get('school')).toBe('la-escuela');
    expect(table.get('talking-with-the-school')).toBe('cómo-hablar-con-la-escuela');
    expect(table.size).toBe(4);
  });

  it('fails, naming the guide, when the Spanish guide’s headings differ in number or level', () => {
    expect(() => headingAnchors('"iop-para-adolescentes"', english, spanish.slice(0, 3))).toThrow(
      /Spanish guide "iop-para-adolescentes" has a different heading structure[\s\S]*English \(4\): h2 h2 h3 h2[\s\S]*Spanish \(3\): h2 h2 h3/,
    );
    const flattened = spanish.map((h) => ({ ...h, depth: 2 }));
    expect(() => headingAnchors('"iop-para-adolescentes"', english, flattened)).toThrow(/iop-para-adolescentes/);
  });
});

describe('spanishLink', () => {
  const link = (target: string) => spanishLink(map, anchors, target);

  it('sends English pages to their Spanish pages', () => {
    expect(link('/help-now/')).toBe('/es/ayuda-ahora/');
    expect(link('/guides/teens')).toBe('/es/guias/iop-para-adolescentes/');
    expect(link('/tools/compare-levels/?levels=iop,php')).toBe('/es/herramientas/comparar-niveles/?levels=iop,php');
  });

  it('maps guide sections, glossary terms and FAQ answers to their Spanish anchors', () => {
    expect(link('/guides/teens/#talking-with-the-school')).toBe('/es/guias/iop-para-adolescentes/#cómo-hablar-con-la-escuela');
    expect(link('/glossary/#iop')).toBe('/es/glosario/#programa-ambulatorio-intensivo');
    expect(link('/faq/#how-many-hours-for-teens')).toBe('/es/preguntas/#cuantas-horas-para-adolescentes');
  });

  it('fails on a page with no Spanish counterpart rather than link to English', () => {
    expect(() => link('/about/')).toThrow(/"\/about\/" in Spanish content has no Spanish page/);
    expect(() => link('/guides/no-such-guide/')).toThrow(/no-such-guide/);
  });

  it('fails on an anchor it cannot map', () => {
    expect(() => link('/guides/teens/#no-such-section')).toThrow(/#no-such-section/);
    expect(() => link('/glossary/#no-such-term')).toThrow(/#no-such-term/);
    expect(() => link('/help-now/#call-988')).toThrow(/anchors are not known/);
  });

  it('keeps a link already written to a Spanish page', () => {
    expect(link('/es/glosario/')).toBe('/es/glosario/');
    expect(() => link('/es/no-existe/')).toThrow(/no Spanish page/);
  });
});
