import { glossaryByTerm, letterId, letterOf, numbersGroup } from '../../src/lib/glossary.ts';

describe('glossaryByTerm', () => {
  it('sorts by term, ignoring case and leading punctuation', () => {
    const terms = ['relapse', '"Step down"', 'ASAM', 'aftercare'].map((term) => ({ data: { term } }));
    expect(glossaryByTerm(terms).map((t) => t.data.term)).toEqual(['aftercare', 'ASAM', 'relapse', '"Step down"']);
  });
});

describe('glossary in Spanish', () => {
  const terms = (list: string[]) => list.map((term) => ({ data: { term } }));

  it('sorts with Spanish collation: accents do not move a term, "ñ" comes after "n"', () => {
    const sorted = glossaryByTerm(terms(['Ñandú', 'Terapia', 'Acreditación', 'Atención continua', 'Nivel de atención', '¿Límites?', 'Ley']), 'es');
    expect(sorted.map((t) => t.data.term)).toEqual(['Acreditación', 'Atención continua', 'Ley', '¿Límites?', 'Nivel de atención', 'Ñandú', 'Terapia']);
  });

  it('files a term under its letter without accents, "Ñ" under its own, numbers under 0–9', () => {
    expect(letterOf('Ámbito', 'es')).toBe('A');
    expect(letterOf('Ñandú', 'es')).toBe('Ñ');
    expect(letterOf('¿Límites?', 'es')).toBe('L');
    expect(letterOf('42 CFR Part 2', 'es')).toBe(numbersGroup);
    expect(letterOf('42 CFR Part 2')).toBe(numbersGroup);
    expect(letterOf('aftercare')).toBe('A');
    expect(letterId('Ñ')).toBe('letter-ñ');
    expect(letterId(numbersGroup)).toBe('letter-numbers');
  });
});
