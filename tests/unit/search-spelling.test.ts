import fc from 'fast-check';
import { allowedEdits, closestWord, editDistance, makeVocabulary, vocabularyFileFor } from '../../src/lib/search-spelling.ts';
import { indexedText, pageLang, vocabularyOf } from '../../src/integrations/search-vocabulary.ts';

describe('editDistance', () => {
  it.each([
    ['insurence', 'insurance', 1],
    ['outpatent', 'outpatient', 1],
    ['adolecent', 'adolescent', 1],
    ['methadon', 'methadone', 1],
    ['suboxen', 'suboxone', 2],
    ['relaspe', 'relapse', 1], // two letters swapped count as one edit
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('is symmetric and stops early past its limit', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => editDistance(a, b) === editDistance(b, a)));
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  // Most used first, as the build writes it.
  const vocabulary = makeVocabulary(['program', 'insurance', 'outpatient', 'teens', 'adolescent', 'methadone', 'suboxone', 'insurer', 'relapse']);
  it.each([
    ['insurence', 'insurance'],
    ['outpatent', 'outpatient'],
    ['adolecent', 'adolescent'],
    ['methadon', 'methadone'],
    ['suboxen', 'suboxone'],
    ['relaspe', 'relapse'],
    ['progam', 'program'],
  ])('%s → %s', (typed, expected) => {
    expect(closestWord(typed, vocabulary)).toBe(expected);
  });
  it('offers nothing for a site word, a short word, a number or a word far from every site word', () => {
    expect(closestWord('insurance', vocabulary)).toBeNull();
    expect(closestWord('pgm', vocabulary)).toBeNull();
    expect(closestWord('2024', vocabulary)).toBeNull();
    expect(closestWord('zebra', vocabulary)).toBeNull();
  });
  it('treats a site word with an ending as known, so it is never “corrected”', () => {
    for (const word of ['relapses', 'relapsed', 'programs', 'insurances']) expect(closestWord(word, vocabulary), word).toBeNull();
  });
  it('allows more edits in longer words', () => {
    expect([3, 4, 5, 6, 7, 12].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('the vocabulary the build writes', () => {
  it('reads only the indexed part of a page, without scripts, and decodes entities', () => {
    const html = `<header>Navigation words</header><main id="main" data-pagefind-body><h1>Paying &amp; insurance</h1>
      <script>const secret = 1;</script><p>Don&#8217;t worry</p></main><footer>Footer</footer>`;
    const text = indexedText(html);
    expect(text).toContain('Paying & insurance');
    expect(text).toContain('Don’t worry');
    expect(text).not.toMatch(/Navigation|secret|Footer/);
    expect(indexedText('<main><p>Not indexed</p></main>')).toBe('');
  });
  it('lists words of four letters or more, most used first, without numbers', () => {
    expect(vocabularyOf(['Insurance and insurance plans, 2024. Plans cover IOP.', 'insurance'])).toEqual(['insurance', 'plans', 'cover']);
  });
});

describe('vocabulary per language', () => {
  it('names one file per language, English keeping the first name', () => {
    expect(vocabularyFileFor('en')).toBe('search-vocabulary.json');
    expect(vocabularyFileFor('es')).toBe('search-vocabulary.es.json');
  });
  it('reads a page’s language from <html lang>', () => {
    expect(pageLang('<!doctype html><html lang="es"><main data-pagefind-body>hola</main>')).toBe('es');
    expect(pageLang('<html lang="es-US">')).toBe('es');
    expect(pageLang('<html lang="en">')).toBe('en');
    expect(pageLang('<html>')).toBe('en');
    expect(pageLang('<html lang="fr">')).toBe('en');
  });
  it('offers Spanish words for a Spanish misspelling, accents folded', () => {
    const vocabulary = makeVocabulary(vocabularyOf(['La adolescencia y los adolescentes. El seguro médico y la aseguradora.']));
    expect(closestWord('adolesentes', vocabulary)).toBe('adolescentes');
    expect(closestWord('medicoo', vocabulary)).toBe('médico');
    expect(closestWord('aseguradra', vocabulary)).toBe('aseguradora');
  });
});
