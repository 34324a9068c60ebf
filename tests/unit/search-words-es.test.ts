// The Spanish search word lists are data a reviewer edits by hand: these checks keep each entry usable,
// check the words Spanish-speaking families use, and that accents and ñ never decide whether a list matches.
import { en } from '../../src/data/search-words/en.ts';
import { es } from '../../src/data/search-words/es.ts';
import { searchWords } from '../../src/data/search-words/index.ts';
import { answerQuery, planQuery } from '../../src/lib/search-core.ts';
import { crisisPanel } from '../../src/lib/crisis-panel.ts';
import { mentionsCrisis } from '../../src/lib/search-crisis.ts';
import { foldWord, queryWords } from '../../src/lib/search-query.ts';
import { helpLines } from '../../src/data/help-lines.ts';
import { helpLinesFor } from '../../src/data/es/help-lines.ts';

/** A list entry, once folded, must look like what the search makes of a query, or it can never match. */
const normalised = (entry: string) => queryWords(entry).join(' ') === foldWord(entry);
const terms = (query: string) => planQuery(query, es).first.map((p) => p.term);

describe('searchWords(lang)', () => {
  it('gives each language its own lists, English by default', () => {
    expect(searchWords()).toBe(en);
    expect(searchWords('en')).toBe(en);
    expect(searchWords('es')).toBe(es);
    expect(es.lang).toBe('es');
  });
});

describe('Spanish stop words', () => {
  it('are single words, each once even with accents folded', () => {
    for (const word of es.stopWords) expect(queryWords(word), word).toEqual([foldWord(word)]);
    const folded = es.stopWords.map(foldWord);
    expect(new Set(folded).size).toBe(folded.length);
  });
  it('leave the words that carry the meaning of a reader’s question', () => {
    expect(planQuery('¿Puedo seguir trabajando durante el IOP?', es).meaningful).toEqual(['seguir', 'trabajando', 'durante', 'iop']);
    expect(planQuery('¿Qué debo llevar el primer día?', es).meaningful).toEqual(['llevar', 'primer', 'dia']);
  });
  it('match with or without accents', () => {
    expect(planQuery('¿Cómo está? ¿Qué más?', es).meaningful).toEqual([]);
    expect(planQuery('como esta que mas', es).meaningful).toEqual([]);
  });
  it('never include a word the site is about', () => {
    for (const word of ['iop', 'seguro', 'adolescentes', 'familia', 'trabajo', 'ayuda', 'grupo', 'escuela', 'después', 'solo', 'morir', 'vida', 'peligro']) {
      expect(es.stopWords.map(foldWord), word).not.toContain(foldWord(word));
    }
  });
});

describe('Spanish synonyms', () => {
  it('each entry has words, words to search and a reason a real reader would use them', () => {
    for (const entry of es.synonyms) {
      expect(entry.when.length, entry.reason).toBeGreaterThan(0);
      expect(entry.alsoSearch.length, entry.reason).toBeGreaterThan(0);
      expect(entry.reason.length, entry.when.join()).toBeGreaterThan(15);
      for (const phrase of [...entry.when, ...entry.alsoSearch]) expect(normalised(phrase), phrase).toBe(true);
    }
  });
  it.each([
    ['mi hijo', 'adolescentes'],
    ['mi chamaco', 'adolescentes'],
    ['mi hija de 15 años', 'adolescentes'],
    ['la prepa', 'adolescentes'],
    ['mi esposo', 'ser querido'],
    ['seguro médico', 'seguro'],
    ['aseguranza', 'seguro médico'],
    ['cuánto cuesta', 'pagar'],
    ['mi jefe', 'trabajo'],
    ['el empleo', 'trabajo'],
    ['mi patrón', 'empleador'],
    ['droga', 'consumo de drogas o alcohol'],
    ['toma mucho alcohol', 'consumo de drogas o alcohol'],
    ['tomar', 'consumo de drogas o alcohol'],
    ['recaída', 'volver a consumir'],
    ['volvió a consumir', 'volver a consumir'],
    ['por video', 'virtual'],
    ['soy pastor', 'referentes'],
    ['suboxone', 'medicamentos'],
    ['antidoping', 'pruebas de drogas'],
    ['anexo', 'niveles de atención'],
  ])('“%s” also searches “%s”', (query, term) => {
    expect(terms(query)).toContain(term);
  });
  it('match without accents and with n for ñ, as readers type on a phone', () => {
    expect(terms('recaida')).toEqual(terms('recaída'));
    expect(terms('seguro medico')).toContain('seguro');
    expect(terms('mi nino')).toContain('adolescentes');
    expect(terms('mi niño')).toContain('adolescentes');
    expect(terms('MI PATRON')).toContain('empleador');
    expect(terms('volvio a tomar')).toContain('volver a consumir');
  });
  it('do not fire on a word that only looks like a list word', () => {
    expect(terms('tomografía')).not.toContain('consumo de drogas o alcohol');
    expect(terms('seguridad')).not.toContain('seguro');
  });
});

describe('Spanish crisis phrases', () => {
  it('are normalised (a trailing * allowed), each once', () => {
    for (const phrase of es.crisisPhrases) expect(normalised(phrase.replace(/\*$/, '')), phrase).toBe(true);
    expect(new Set(es.crisisPhrases.map(foldWord)).size).toBe(es.crisisPhrases.length);
  });
  it.each([
    'quiero morir',
    'Quiero morirme',
    'me quiero matar',
    'quiero matarme',
    'pienso en suicidarme',
    'mi hijo habla de suicidio',
    'SUICIDIO',
    'suisidio',
    'sobredosis',
    'sobre dosis de fentanilo',
    'mi hermano no respira',
    'mi amigo tomó demasiadas pastillas',
    'se está cortando, se corta los brazos',
    'quiere hacerse daño',
    'quiero hacerme dano',
    'no quiero vivir',
    'tengo ganas de morir',
    'es una emergencia',
    'emergencía',
    'estoy en peligro',
    'no me siento a salvo en casa',
    'quitarme la vida',
    // Misspelled as typed in a hurry: one typo in a long word, c for s, a lost accent.
    'sobredósis',
    'sobredosiss',
    'suicidarce',
    'me quiero matarr',
    'matarce',
    'QUIERO MORIRME YA',
  ])('“%s” shows crisis help', (query) => {
    expect(mentionsCrisis(query, es.crisisPhrases)).toBe(true);
  });
  it.each([
    '¿El seguro cubre el IOP?',
    'no estoy seguro si el seguro cubre el programa',
    'mi hijo no quiere ir al programa',
    'cuánto dura un iop',
    'mi esposo volvió a tomar',
    'qué pasa después del IOP',
    'puedo seguir trabajando',
    'mi vida con un ser querido en tratamiento',
    'programa de noche para adultos',
  ])('“%s” does not', (query) => {
    expect(mentionsCrisis(query, es.crisisPhrases)).toBe(false);
  });
});

describe('Spanish crisis panel', () => {
  const panel = crisisPanel(helpLinesFor('es'), es.text.crisisTitle, '/es/ayuda-ahora/', 'es');
  it('offers 988 in Spanish (call and press 2, or text AYUDA), 911 and the Spanish help page', () => {
    expect(panel.title).toMatch(/pida ayuda ahora/);
    expect(panel.lifelineLinks.map((l) => l.href)).toEqual(['tel:988', 'sms:988?body=AYUDA']);
    expect(panel.lifelineLinks.map((l) => l.label)).toEqual(['Llame al 988, marque 2', 'Envíe AYUDA por texto al 988']);
    expect(panel.lifelineName).toMatch(/988.*español/);
    expect(panel.emergencyLink).toEqual({ href: 'tel:911', label: 'Llame al 911' });
    expect(panel.dangerLabel).toBe('Si alguien está en peligro ahora mismo');
    expect(panel.helpNow.href).toBe('/es/ayuda-ahora/');
    expect(panel.or).toBe(' o ');
  });
  it('has no English words', () => {
    const text = [panel.title, panel.lifelineName, panel.dangerLabel, panel.helpNow.label, ...panel.lifelineLinks.map((l) => l.label), panel.emergencyLink.label].join(' ');
    expect(text).not.toMatch(/\b(call|text|press|help|someone|danger|lines?)\b/i);
  });
  it('needs the Spanish 988 line, rather than showing the English one', () => {
    expect(() => crisisPanel({ lifeline988: helpLines.lifeline988, emergency911: helpLines.emergency911 }, 't', '/', 'es')).toThrow(/Spanish/);
  });
  it('stays English for English pages', () => {
    const english = crisisPanel(helpLines, en.text.crisisTitle, '/help-now/');
    expect(english.emergencyLink.label).toBe('Call 911');
    expect(english.lifelineLinks.map((l) => l.href)).toEqual(['tel:988', 'sms:988']);
    expect(english.or).toBe(' or ');
  });
});

describe('Spanish search wording', () => {
  it('counts results in the singular and plural', () => {
    expect(es.text.results(1, 'trabajo')).toBe('1 resultado para “trabajo”.');
    expect(es.text.results(4, 'trabajo')).toBe('4 resultados para “trabajo”.');
    expect(es.text.noResults('xyz')).toBe('No hay resultados para “xyz”.');
  });
  it('names each corrected word', () => {
    expect(es.text.spellingNote([['aseguransa', 'aseguranza'], ['adolesente', 'adolescente']])).toBe(
      'Ninguna página usa “aseguransa” ni “adolesente”, así que estas páginas tienen “aseguranza” y “adolescente”.',
    );
  });
});

describe('Spanish search through the core, with hostile input', () => {
  const index: Record<string, string[]> = {
    'seguro': ['es-pagar', 'es-seguro-cubre'],
    'pagar': ['es-pagar'],
    'linea de crisis': ['es-ayuda-ahora'],
    'línea de crisis': ['es-ayuda-ahora'],
  };
  const search = async (term: string) => (index[term] ?? []).map((id) => ({ id }));
  const vocabulary = async () => ['seguro', 'aseguranza', 'adolescentes', 'pagar', 'programa'];
  const ask = (text: unknown) => answerQuery(text, { words: es, search, vocabulary });

  it('finds insurance pages for “aseguranza” and answers in Spanish', async () => {
    const answer = await ask('¿Mi aseguranza paga el IOP?');
    expect(answer.results.map((r) => r.id)).toContain('es-pagar');
    expect(answer.status).toMatch(/^\d+ resultados? para “¿Mi aseguranza paga el IOP\?”\.$/);
  });
  it('puts the help page first for a crisis question', async () => {
    const answer = await ask('quiero morir y tengo seguro');
    expect(answer.crisis).toBe(true);
    expect(answer.results[0]?.id).toBe('es-ayuda-ahora');
  });
  it('cuts a very long query and keeps the searches few', async () => {
    const calls: string[] = [];
    const long = Array.from({ length: 3000 }, (_, i) => `palabra${i}`).join(' ');
    const answer = await answerQuery(long, { words: es, search: async (t) => (calls.push(t), []) });
    expect(answer.display.length).toBeLessThanOrEqual(200);
    expect(answer.status).toMatch(/^No hay resultados para “palabra0 palabra1/);
    expect(calls.length).toBeLessThan(30);
  });
  it.each([['¿¿¿!!!???'], ['😢😢😢'], ['\u0000\u200b\u202e'], ['¡¿ — … »«']])('asks in Spanish for a word when given only %j', async (input) => {
    const answer = await ask(input);
    expect(answer.status).toBe(es.text.typeSomething);
    expect(answer.results).toEqual([]);
  });
  it('searches HTML as words, never as markup, and still finds the page', async () => {
    const calls: string[] = [];
    const answer = await answerQuery('<img src=x onerror=alert(1)>aseguranza', { words: es, search: async (t) => (calls.push(t), search(t)) });
    expect(calls.every((c) => !/[<>=()]/.test(c))).toBe(true);
    expect(answer.results.map((r) => r.id)).toContain('es-pagar');
  });
  it('gives no status for a value that is not text', async () => {
    for (const value of [null, undefined, 42, {}, ['seguro']]) expect((await ask(value)).status).toBe('');
  });
  it('folds accents and ñ in whatever is typed, with no exception', async () => {
    const answer = await ask('ÑÑÑ áéíóú ü ADOLESCÉNTES');
    expect(answer.display).toBe('ÑÑÑ áéíóú ü ADOLESCÉNTES');
    expect(planQuery('ÑÑÑ áéíóú ü ADOLESCÉNTES', es).meaningful).toEqual(['nnn', 'aeiou', 'adolescentes']);
  });
  it('says in Spanish when the query has only common words', async () => {
    const answer = await ask('¿Qué es lo que hay?');
    expect(answer.status).toBe('“¿Qué es lo que hay?” solo tiene palabras muy comunes. Agregue una palabra que diga lo que busca, como “seguro”, “adolescentes” o “trabajo”.');
  });
});

describe('Spanish word endings for “¿Quiso decir…?”', () => {
  const vocabulary = async () => ['psicólogos', 'matar', 'entere', 'adolescentes', 'metadona'];
  const suggest = async (query: string) => (await answerQuery(query, { words: es, search: async () => [], vocabulary })).suggestions.map((s) => s.suggestion);
  it('leave a word alone when the site has it in another gender, number or verb form', async () => {
    expect(await suggest('psicologo')).toEqual([]);
    expect(await suggest('matarme')).toEqual([]);
    expect(await suggest('enterar')).toEqual([]);
  });
  it('still correct a misspelling', async () => {
    expect(await suggest('adolesentes')).toEqual(['adolescentes']);
    expect(await suggest('metadna')).toEqual(['metadona']);
  });
});

describe('the spelling vocabulary loads only when a word may be misspelled', () => {
  it('not for words the Spanish lists understand, however long', async () => {
    const load = vi.fn(async () => ['trabajo', 'seguro']);
    await answerQuery('aseguranza trabajo', { words: es, search: async () => [], vocabulary: load });
    expect(load).not.toHaveBeenCalled();
    await answerQuery('aseguransa', { words: es, search: async () => [], vocabulary: load });
    expect(load).toHaveBeenCalledOnce();
  });
});
