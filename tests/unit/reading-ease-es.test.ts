import { readingEaseEs, sentencesEs, syllablesEs } from '../../src/lib/reading-ease-es.ts';

describe('syllablesEs', () => {
  // Syllable counts as a Spanish dictionary divides the words.
  const known: [string, number][] = [
    ['pan', 1], ['casa', 2], ['programa', 3], ['intensivo', 4], ['tratamiento', 4], ['ambulatorio', 5],
    // Diphthongs (a weak vowel beside another vowel) are one syllable.
    ['familia', 3], ['ciudad', 2], ['cuidado', 3], ['bueno', 2], ['aire', 2], ['causa', 2], ['seis', 1],
    // Triphthongs too.
    ['buey', 1], ['Uruguay', 3], ['estudiáis', 3],
    // Two strong vowels side by side are two syllables (hiatus).
    ['poeta', 3], ['leer', 2], ['aéreo', 4], ['europeo', 4], ['teatro', 3],
    // An accented í or ú breaks the diphthong.
    ['día', 2], ['país', 2], ['río', 2], ['baúl', 2], ['oír', 2], ['psicología', 5], ['veíais', 3], ['reúne', 3],
    // y is a vowel at the end of a word after a vowel, or alone; a consonant before a vowel.
    ['hoy', 1], ['muy', 1], ['rey', 1], ['y', 1], ['ayuda', 3], ['ayer', 2],
    // The u of que/qui, gue/gui is silent; ü is spoken; h does not join vowels into one group.
    ['que', 1], ['quien', 1], ['guerra', 2], ['pingüino', 3], ['ahora', 3], ['alcohol', 3],
    // Short acronyms are spelled out.
    ['IOP', 3], ['PHP', 3],
  ];
  it.each(known)('%s has %i syllables', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });
});

describe('sentencesEs', () => {
  it('splits on sentence ends and line breaks, keeping ¿…? and ¡…! whole', () => {
    expect(sentencesEs('Usted vive en su casa. ¿Puede trabajar?\nUn título\n¡Sí!')).toEqual([
      'Usted vive en su casa.',
      '¿Puede trabajar?',
      'Un título',
      '¡Sí!',
    ]);
  });
  it('does not split after common abbreviations', () => {
    expect(sentencesEs('Hay grupos en línea, p. ej. SMART Recovery, en todo EE. UU. y más.')).toHaveLength(1);
  });
  it('drops pieces with no words', () => {
    expect(sentencesEs('…\n\n12\nSí.')).toEqual(['Sí.']);
  });
});

describe('readingEaseEs (Fernández-Huerta, Law 2011)', () => {
  it('computes 206.84 − 0.60·P − 1.02·F on a hand-counted passage', () => {
    // 8 words, 2 sentences, 12 syllables (El 1, ni-ño 2, co-me 2, pan 1; Su 1, ma-dre 2, lo 1, mi-ra 2):
    // P = 150 syllables per 100 words, F = 4 words per sentence → 206.84 − 90 − 4.08 = 112.76.
    expect(readingEaseEs('El niño come pan. Su madre lo mira.')).toEqual({ score: 112.8, words: 8, sentences: 2, syllables: 12 });
  });
  it('gives a longer sentence a LOWER score (F is words per sentence, not sentences per 100 words)', () => {
    const short = readingEaseEs('Usted vive en casa. Va al grupo. Sigue con su trabajo.');
    const long = readingEaseEs('Usted vive en casa y va al grupo varios días por semana mientras sigue con su trabajo.');
    expect(long.score).toBeLessThan(short.score);
  });
  it('scores plain family Spanish as easy and dense academic Spanish as hard', () => {
    const plain =
      'Un IOP es un tratamiento de medio tiempo. Usted vive en su casa. Va a sesiones varios días por semana. Así puede seguir con su trabajo o sus estudios.';
    const dense =
      'Las intervenciones ambulatorias intensivas multidisciplinarias demuestran una efectividad considerable respecto de los resultados funcionales psiquiátricos longitudinales relacionados con sustancias.';
    expect(readingEaseEs(plain).score).toBeGreaterThan(80);
    expect(readingEaseEs(dense).score).toBeLessThan(20);
  });
  it('returns 0 for text with no words instead of NaN', () => {
    expect(readingEaseEs('12 34 …')).toEqual({ score: 0, words: 0, sentences: 0, syllables: 0 });
  });
});
