import { fill, formatRangeIn, joinList, numbersIn, plural, upperFirst, weekdayNames } from '../../src/lib/fill.ts';

describe('fill', () => {
  it('puts each value in its {place}, and leaves an unknown place as written', () => {
    expect(fill('Program {n} of {max}', { n: 2, max: 3 })).toBe('Program 2 of 3');
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
    // Only the values given count, not what every object inherits.
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});

describe('plural, lists, ranges and day names in either language', () => {
  it('picks the form for one and for every other count', () => {
    const hours = { one: '{n} hora', other: '{n} horas' };
    expect(plural(hours, 1, '1')).toBe('1 hora');
    expect(plural(hours, 2.5, '2.5')).toBe('2.5 horas');
  });
  it('joins names, with Spanish "e" before an i sound', () => {
    const es = { and: ' y ', andBeforeI: ' e ' };
    expect(joinList(['PHP', 'IOP'], es)).toBe('PHP e IOP');
    expect(joinList(['IOP', 'PHP', 'tratamiento residencial'], es)).toBe('IOP, PHP y tratamiento residencial');
    expect(joinList(['A'], es)).toBe('A');
  });
  it('words ranges with the locale’s numbers', () => {
    const words = { between: 'de {min} a {max}', orMore: '{min} o más', fewerThan: 'menos de {max}' };
    const numbers = numbersIn('es-US');
    expect(formatRangeIn({ min: 9, max: 19 }, words, numbers)).toBe('de 9 a 19');
    expect(formatRangeIn({ min: 20, max: null }, words, numbers)).toBe('20 o más');
    expect(formatRangeIn({ min: 0, max: 9 }, words, numbers)).toBe('menos de 9');
  });
  it('names the week’s days from Monday in the page’s language', () => {
    expect(weekdayNames('es-US', 'long')[0]).toBe('lunes');
    expect(upperFirst(weekdayNames('es-US', 'long')[6]!)).toBe('Domingo');
    expect(weekdayNames('en-US', 'long')[0]).toBe('Monday');
  });
});
