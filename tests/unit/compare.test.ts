import fc from 'fast-check';
import { careLevelOrder, careLevels, programLength, type CareLevelId } from '../../src/data/care-levels.ts';
import {
  comparisonRows,
  comparisonSummary,
  defaultLevels,
  maxLevels,
  minLevels,
  parseLevels,
  searchWithLevels,
  selectionFromSearch,
  serializeLevels,
  toggleLevel,
} from '../../src/lib/compare.ts';
import { levelHoursText } from '../../src/lib/facts.ts';
import { uiText } from '../../src/i18n/index.ts';
import { careLevelWordsEs } from '../../src/data/es/care-levels.ts';

const en = uiText('en').tools.compare;
const es = uiText('es').tools.compare;
const runs = { numRuns: 10_000 };
const name = (id: CareLevelId) => careLevels[id].shortName;

/** True when the levels are 2–3 distinct known ids, least to most care. */
function isValidChoice(levels: readonly string[]): boolean {
  const known = levels.every((l) => (careLevelOrder as readonly string[]).includes(l));
  const sorted = levels.every((l, i) => i === 0 || careLevelOrder.indexOf(l as CareLevelId) > careLevelOrder.indexOf(levels[i - 1] as CareLevelId));
  return known && sorted && levels.length >= minLevels && levels.length <= maxLevels;
}

/** Two or three distinct levels, in any order. */
const choice = fc
  .shuffledSubarray([...careLevelOrder], { minLength: minLevels, maxLength: maxLevels })
  .map((ids) => ids as CareLevelId[]);

/** The same id as a person might type it in a link: any case, with stray spaces. */
const typedId = fc
  .tuple(fc.constantFrom(...careLevelOrder), fc.boolean(), fc.constantFrom('', ' ', '  ', '\t'))
  .map(([id, upper, pad]) => `${pad}${upper ? id.toUpperCase() : id}${pad}`);

/** Links that mix real ids, junk and odd separators. */
const messyLink = fc
  .array(fc.oneof(typedId, fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('__proto__', 'constructor', 'toString', '<script>alert(1)</script>', '%00', 'ïøp', 'IOP ')), { maxLength: 12 })
  .chain((parts) => fc.constantFrom(',', ', ', ' ', ';', '+', ',,').map((sep) => parts.join(sep)));

describe('parseLevels', () => {
  it('reads the example link', () => {
    expect(parseLevels('iop,php', en)).toEqual({ levels: ['iop', 'php'], notes: [] });
  });

  it('forgives case, spaces and the order levels were written in', () => {
    expect(parseLevels('  PHP , Iop,OUTPATIENT ', en).levels).toEqual(['outpatient', 'iop', 'php']);
    expect(parseLevels('iop php', en).levels).toEqual(['iop', 'php']);
    expect(parseLevels('iop,,php,', en).notes).toEqual([]);
  });

  it('shows the default, with no note, when the link has no levels', () => {
    for (const raw of [null, undefined, '', '   ', ',,,']) {
      expect(parseLevels(raw, en)).toEqual({ levels: [...defaultLevels], notes: [] });
    }
  });

  it('drops a repeated level and says so', () => {
    const { levels, notes } = parseLevels('iop,IOP,php', en);
    expect(levels).toEqual(['iop', 'php']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(name('iop'));
    expect(notes[0]).toContain('more than once');
  });

  it('leaves out an unknown name, quotes it back and lists what is allowed', () => {
    const { levels, notes } = parseLevels('iop,detox,php', en);
    expect(levels).toEqual(['iop', 'php']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('“detox”');
    for (const id of careLevelOrder) expect(notes[0]).toContain(name(id));
  });

  it('falls back to the default when nothing in the link is a level', () => {
    const { levels, notes } = parseLevels('hospital,rehab', en);
    expect(levels).toEqual([...defaultLevels]);
    expect(notes.join(' ')).toContain('“hospital”');
    expect(notes.join(' ')).toContain('“rehab”');
    expect(notes.at(-1)).toContain(`We show ${name(defaultLevels[0]!)} and ${name(defaultLevels[1]!)}`);
  });

  it('adds a partner when the link names only one level', () => {
    expect(parseLevels('residential', en)).toEqual({
      levels: ['iop', 'residential'],
      notes: [`A comparison needs at least ${minLevels} levels, so we added ${name('iop')}.`],
    });
    // IOP alone gets PHP, the level people most often weigh it against.
    expect(parseLevels('iop', en).levels).toEqual(['iop', 'php']);
    expect(parseLevels('php', en).levels).toEqual(['iop', 'php']);
  });

  it('keeps the first three levels the link named and says which were left out', () => {
    const { levels, notes } = parseLevels('inpatient,residential,php,iop,outpatient', en);
    expect(levels).toEqual(['php', 'residential', 'inpatient']);
    expect(notes).toEqual([`You can compare up to ${maxLevels} levels, so we left out ${name('iop')} and ${name('outpatient')}.`]);
  });

  it('never treats object property names as levels', () => {
    for (const raw of ['__proto__', 'constructor', 'toString,hasOwnProperty', 'valueOf,iop']) {
      const { levels } = parseLevels(raw, en);
      expect(isValidChoice(levels)).toBe(true);
    }
  });

  it('quotes hostile text back short and without control or direction characters', () => {
    const hostile = `<img src=x onerror=alert(1)>\u202e\u0000${'A'.repeat(500)}`;
    const { notes } = parseLevels(`iop,${hostile},php`, en);
    expect(notes[0]).not.toMatch(/[\u0000\u202e]/);
    expect(notes[0]!.length).toBeLessThan(200);
    expect(notes[0]).toContain('…');
  });

  it('names at most three unknown values and counts the rest', () => {
    const { notes } = parseLevels('a,b,c,d,e,iop,php', en);
    expect(notes[0]).toContain('and 2 more');
    expect(notes[0]).not.toContain('“d”');
  });

  it('never throws on lone surrogates, huge or odd input', () => {
    for (const raw of ['\ud800', '\udfff,iop', ','.repeat(100_000), 'iop'.repeat(10_000), '%E0%A4%A', '\n\r\t']) {
      expect(() => parseLevels(raw, en)).not.toThrow();
      expect(isValidChoice(parseLevels(raw, en).levels)).toBe(true);
    }
  });

  it('any string gives two or three distinct known levels, least to most care', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), messyLink), (raw) => {
        const { levels, notes } = parseLevels(raw, en);
        expect(isValidChoice(levels)).toBe(true);
        expect(new Set(levels).size).toBe(levels.length);
        for (const note of notes) expect(note.length).toBeLessThan(400);
      }),
      runs,
    );
  });

  it('serialize ∘ parse is stable: the canonical link reads back the same, with no notes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), messyLink), (raw) => {
        const first = parseLevels(raw, en);
        const again = parseLevels(serializeLevels(first.levels), en);
        expect(again).toEqual({ levels: first.levels, notes: [] });
        expect(serializeLevels(again.levels)).toBe(serializeLevels(first.levels));
      }),
      runs,
    );
  });

  it('any two or three levels, typed in any order and case, read back as the same levels', () => {
    fc.assert(
      fc.property(choice, fc.boolean(), (ids, upper) => {
        const raw = ids.map((id) => (upper ? ` ${id.toUpperCase()} ` : id)).join(',');
        const { levels, notes } = parseLevels(raw, en);
        expect(notes).toEqual([]);
        expect(levels).toEqual(careLevelOrder.filter((id) => ids.includes(id)));
      }),
      runs,
    );
  });
});

describe('selectionFromSearch and searchWithLevels', () => {
  it('reads ?levels= from a query string', () => {
    expect(selectionFromSearch('?levels=php,iop', en).levels).toEqual(['iop', 'php']);
    expect(selectionFromSearch('?levels=IOP%2CResidential', en).levels).toEqual(['iop', 'residential']);
    expect(selectionFromSearch('?levels=iop+outpatient', en).levels).toEqual(['outpatient', 'iop']);
  });

  it('joins a repeated parameter', () => {
    expect(selectionFromSearch('?levels=iop&levels=inpatient', en).levels).toEqual(['iop', 'inpatient']);
  });

  it('uses the default, quietly, when the parameter is missing', () => {
    expect(selectionFromSearch('', en)).toEqual({ levels: [...defaultLevels], notes: [] });
    expect(selectionFromSearch('?other=1', en)).toEqual({ levels: [...defaultLevels], notes: [] });
  });

  it('writes readable commas, in canonical order, and keeps other parameters', () => {
    expect(searchWithLevels('', ['php', 'outpatient'])).toBe('?levels=outpatient,php');
    expect(searchWithLevels('?levels=junk&utm=x', ['iop', 'php'])).toBe('?utm=x&levels=iop,php');
  });

  it('any query string never throws and round-trips through the address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), messyLink.map((l) => `?levels=${l}`)), (search) => {
        const { levels } = selectionFromSearch(search, en);
        expect(isValidChoice(levels)).toBe(true);
        const written = searchWithLevels(search, levels);
        expect(selectionFromSearch(written, en)).toEqual({ levels, notes: [] });
      }),
      runs,
    );
  });
});

describe('serializeLevels', () => {
  it('always writes least to most care', () => {
    expect(serializeLevels(['inpatient', 'outpatient', 'iop'])).toBe('outpatient,iop,inpatient');
  });
});

describe('toggleLevel', () => {
  it('adds a level in its place in the order', () => {
    expect(toggleLevel(['iop', 'php'], 'outpatient', en)).toEqual({ levels: ['outpatient', 'iop', 'php'], refused: null });
  });

  it('removes a level when three are chosen', () => {
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'iop', en)).toEqual({ levels: ['outpatient', 'php'], refused: null });
  });

  it('refuses to go below two, with a plain message', () => {
    expect(toggleLevel(['iop', 'php'], 'php', en)).toEqual({ levels: ['iop', 'php'], refused: en.tooFew.replace('{min}', String(minLevels)) });
    expect(en.tooFew.replace('{min}', String(minLevels))).toMatch(`at least ${minLevels} levels`);
  });

  it('refuses to go above three, with a plain message', () => {
    expect(toggleLevel(['iop', 'php', 'residential'], 'inpatient', en)).toEqual({
      levels: ['iop', 'php', 'residential'],
      refused: en.tooMany.replace('{max}', String(maxLevels)),
    });
    expect(en.tooMany.replace('{max}', String(maxLevels))).toMatch(`up to ${maxLevels} levels`);
  });

  it('any sequence of clicks keeps two or three levels, and a refused click changes nothing', () => {
    fc.assert(
      fc.property(choice, fc.array(fc.constantFrom(...careLevelOrder), { maxLength: 20 }), (start, clicks) => {
        let levels = careLevelOrder.filter((id) => start.includes(id));
        for (const id of clicks) {
          const before = levels;
          const result = toggleLevel(levels, id, en);
          expect(isValidChoice(result.levels)).toBe(true);
          if (result.refused === null) {
            expect(result.levels.includes(id)).toBe(!before.includes(id));
            expect(Math.abs(result.levels.length - before.length)).toBe(1);
          } else {
            expect(result.levels).toEqual(before);
          }
          levels = result.levels;
        }
      }),
      runs,
    );
  });
});

describe('comparisonRows and comparisonSummary', () => {
  it('has the rows a reader needs, in order', () => {
    expect(comparisonRows(['iop', 'php'], en).map((r) => r.label)).toEqual([
      'Where you live',
      'Hours a week (adults)',
      'Hours a week (teens)',
      'Typical length',
      'Medical supervision',
      'Keep working or studying?',
      'Usually suits',
      'Stepping up or down',
    ]);
  });

  it('reads every value from the data module, in canonical order', () => {
    const rows = comparisonRows(['php', 'iop'], en);
    const value = (key: string) => rows.find((r) => r.key === key)!.values;
    expect(value('where')).toEqual([careLevels.iop.whereYouLive, careLevels.php.whereYouLive]);
    expect(value('hours-adult')).toEqual([levelHoursText('iop', 'adult'), levelHoursText('php', 'adult')]);
    expect(value('hours-teen')).toEqual([levelHoursText('iop', 'teen'), levelHoursText('php', 'teen')]);
    expect(value('length')).toEqual([careLevels.iop.typicalLength, careLevels.php.typicalLength]);
    expect(value('medical')).toEqual([careLevels.iop.medicalSupervision, careLevels.php.medicalSupervision]);
    expect(value('work')).toEqual([careLevels.iop.workOrSchool, careLevels.php.workOrSchool]);
    expect(value('suits')).toEqual([careLevels.iop.usuallySuits, careLevels.php.usuallySuits]);
    expect(value('stepping')).toEqual([careLevels.iop.stepping, careLevels.php.stepping]);
  });

  it('every row has one non-empty value per level, for any choice', () => {
    fc.assert(
      fc.property(choice, (ids) => {
        for (const row of comparisonRows(ids, en)) {
          expect(row.values).toHaveLength(ids.length);
          for (const v of row.values) expect(v.trim()).not.toBe('');
          for (const v of row.values) expect(v).not.toMatch(/NaN|Infinity|undefined|null/);
        }
      }),
      runs,
    );
  });

  it('says what is compared in plain words', () => {
    expect(comparisonSummary(['php', 'iop'], en)).toBe(`Comparing ${name('iop')} and ${name('php')}.`);
    expect(comparisonSummary(['outpatient', 'iop', 'php'], en)).toBe(`Comparing ${name('outpatient')}, ${name('iop')} and ${name('php')}.`);
  });
});

describe('in Spanish', () => {
  const esName = (id: CareLevelId) => careLevelWordsEs[id].shortName;

  it('has Spanish words for every level, and an hours note exactly where the English level has one', () => {
    for (const id of careLevelOrder) {
      const words = careLevelWordsEs[id];
      for (const value of Object.values(words)) expect(value.trim()).not.toBe('');
      expect(words.hoursNote === undefined).toBe(careLevels[id].hoursNote === undefined);
      expect(words.name).not.toBe(careLevels[id].name);
    }
  });

  it('quotes the program length from the data module, not a number of its own', () => {
    const { short, long } = programLength.quotedWeeks;
    expect(careLevelWordsEs.iop.typicalLength).toContain(`de ${short.min} a ${long.max} semanas`);
  });

  it('shows Spanish row labels and level words, with hours from the data module', () => {
    const rows = comparisonRows(['php', 'iop'], es);
    expect(rows.map((r) => r.label)).toEqual([
      'Dónde vive',
      'Horas por semana (adultos)',
      'Horas por semana (adolescentes)',
      'Duración habitual',
      'Supervisión médica',
      '¿Puede seguir trabajando o estudiando?',
      'Suele ser para',
      'Subir o bajar de nivel',
    ]);
    const value = (key: string) => rows.find((r) => r.key === key)?.values;
    expect(value('where')).toEqual([careLevelWordsEs.iop.whereYouLive, careLevelWordsEs.php.whereYouLive]);
    const iopAdult = careLevels.iop.hoursPerWeek.adult!;
    expect(value('hours-adult')?.[0]).toBe(`de ${iopAdult.min} a ${iopAdult.max} horas por semana`);
    expect(value('hours-adult')?.[1]).toBe(`${careLevels.php.hoursPerWeek.adult!.min} o más horas por semana`);
    const round = comparisonRows(['residential', 'inpatient'], es).find((r) => r.key === 'hours-adult')?.values;
    expect(round).toEqual([careLevelWordsEs.residential.hoursNote, careLevelWordsEs.inpatient.hoursNote]);
  });

  it('says what it compares in Spanish, with "e" before IOP', () => {
    expect(comparisonSummary(['php', 'iop'], es)).toBe(`Está comparando ${esName('iop')} y ${esName('php')}.`);
    expect(comparisonSummary(['outpatient', 'iop'], es)).toBe(`Está comparando ${esName('outpatient')} e ${esName('iop')}.`);
  });

  it('reads the same link keys in both languages and explains changes in Spanish', () => {
    expect(selectionFromSearch('?levels=php,iop', es).levels).toEqual(selectionFromSearch('?levels=php,iop', en).levels);
    const { levels, notes } = parseLevels('iop,detox,iop', es);
    expect(levels).toEqual(['iop', 'php']);
    expect(notes[0]).toMatch(/^“detox” no es un nivel que conozcamos/);
    expect(notes[1]).toBe(`${esName('iop')} aparecía más de una vez, así que lo mostramos una sola vez.`);
    expect(notes[2]).toBe(`Una comparación necesita al menos ${minLevels} niveles, así que agregamos ${esName('php')}.`);
    expect(toggleLevel(['iop', 'php'], 'php', es).refused).toBe(`Deje al menos ${minLevels} niveles. Primero elija otro nivel y luego quite este.`);
  });
});
