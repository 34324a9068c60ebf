import fc from 'fast-check';
import { careLevelOrder, careLevels, type CareLevelId } from '../../src/data/care-levels.ts';
import {
  comparisonRows,
  comparisonSummary,
  compareText,
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
    expect(parseLevels('iop,php')).toEqual({ levels: ['iop', 'php'], notes: [] });
  });

  it('forgives case, spaces and the order levels were written in', () => {
    expect(parseLevels('  PHP , Iop,OUTPATIENT ').levels).toEqual(['outpatient', 'iop', 'php']);
    expect(parseLevels('iop php').levels).toEqual(['iop', 'php']);
    expect(parseLevels('iop,,php,').notes).toEqual([]);
  });

  it('shows the default, with no note, when the link has no levels', () => {
    for (const raw of [null, undefined, '', '   ', ',,,']) {
      expect(parseLevels(raw)).toEqual({ levels: [...defaultLevels], notes: [] });
    }
  });

  it('drops a repeated level and says so', () => {
    const { levels, notes } = parseLevels('iop,IOP,php');
    expect(levels).toEqual(['iop', 'php']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(name('iop'));
    expect(notes[0]).toContain('more than once');
  });

  it('leaves out an unknown name, quotes it back and lists what is allowed', () => {
    const { levels, notes } = parseLevels('iop,detox,php');
    expect(levels).toEqual(['iop', 'php']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('“detox”');
    for (const id of careLevelOrder) expect(notes[0]).toContain(name(id));
  });

  it('falls back to the default when nothing in the link is a level', () => {
    const { levels, notes } = parseLevels('hospital,rehab');
    expect(levels).toEqual([...defaultLevels]);
    expect(notes.join(' ')).toContain('“hospital”');
    expect(notes.join(' ')).toContain('“rehab”');
    expect(notes.at(-1)).toContain(`We show ${name(defaultLevels[0]!)} and ${name(defaultLevels[1]!)}`);
  });

  it('adds a partner when the link names only one level', () => {
    expect(parseLevels('residential')).toEqual({
      levels: ['iop', 'residential'],
      notes: [`A comparison needs at least ${minLevels} levels, so we added ${name('iop')}.`],
    });
    // IOP alone gets PHP, the level people most often weigh it against.
    expect(parseLevels('iop').levels).toEqual(['iop', 'php']);
    expect(parseLevels('php').levels).toEqual(['iop', 'php']);
  });

  it('keeps the first three levels the link named and says which were left out', () => {
    const { levels, notes } = parseLevels('inpatient,residential,php,iop,outpatient');
    expect(levels).toEqual(['php', 'residential', 'inpatient']);
    expect(notes).toEqual([`You can compare up to ${maxLevels} levels, so we left out ${name('iop')} and ${name('outpatient')}.`]);
  });

  it('never treats object property names as levels', () => {
    for (const raw of ['__proto__', 'constructor', 'toString,hasOwnProperty', 'valueOf,iop']) {
      const { levels } = parseLevels(raw);
      expect(isValidChoice(levels)).toBe(true);
    }
  });

  it('quotes hostile text back short and without control or direction characters', () => {
    const hostile = `<img src=x onerror=alert(1)>\u202e\u0000${'A'.repeat(500)}`;
    const { notes } = parseLevels(`iop,${hostile},php`);
    expect(notes[0]).not.toMatch(/[\u0000\u202e]/);
    expect(notes[0]!.length).toBeLessThan(200);
    expect(notes[0]).toContain('…');
  });

  it('names at most three unknown values and counts the rest', () => {
    const { notes } = parseLevels('a,b,c,d,e,iop,php');
    expect(notes[0]).toContain('and 2 more');
    expect(notes[0]).not.toContain('“d”');
  });

  it('never throws on lone surrogates, huge or odd input', () => {
    for (const raw of ['\ud800', '\udfff,iop', ','.repeat(100_000), 'iop'.repeat(10_000), '%E0%A4%A', '\n\r\t']) {
      expect(() => parseLevels(raw)).not.toThrow();
      expect(isValidChoice(parseLevels(raw).levels)).toBe(true);
    }
  });

  it('any string gives two or three distinct known levels, least to most care', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), messyLink), (raw) => {
        const { levels, notes } = parseLevels(raw);
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
        const first = parseLevels(raw);
        const again = parseLevels(serializeLevels(first.levels));
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
        const { levels, notes } = parseLevels(raw);
        expect(notes).toEqual([]);
        expect(levels).toEqual(careLevelOrder.filter((id) => ids.includes(id)));
      }),
      runs,
    );
  });
});

describe('selectionFromSearch and searchWithLevels', () => {
  it('reads ?levels= from a query string', () => {
    expect(selectionFromSearch('?levels=php,iop').levels).toEqual(['iop', 'php']);
    expect(selectionFromSearch('?levels=IOP%2CResidential').levels).toEqual(['iop', 'residential']);
    expect(selectionFromSearch('?levels=iop+outpatient').levels).toEqual(['outpatient', 'iop']);
  });

  it('joins a repeated parameter', () => {
    expect(selectionFromSearch('?levels=iop&levels=inpatient').levels).toEqual(['iop', 'inpatient']);
  });

  it('uses the default, quietly, when the parameter is missing', () => {
    expect(selectionFromSearch('')).toEqual({ levels: [...defaultLevels], notes: [] });
    expect(selectionFromSearch('?other=1')).toEqual({ levels: [...defaultLevels], notes: [] });
  });

  it('writes readable commas, in canonical order, and keeps other parameters', () => {
    expect(searchWithLevels('', ['php', 'outpatient'])).toBe('?levels=outpatient,php');
    expect(searchWithLevels('?levels=junk&utm=x', ['iop', 'php'])).toBe('?utm=x&levels=iop,php');
  });

  it('any query string never throws and round-trips through the address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), messyLink.map((l) => `?levels=${l}`)), (search) => {
        const { levels } = selectionFromSearch(search);
        expect(isValidChoice(levels)).toBe(true);
        const written = searchWithLevels(search, levels);
        expect(selectionFromSearch(written)).toEqual({ levels, notes: [] });
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
    expect(toggleLevel(['iop', 'php'], 'outpatient')).toEqual({ levels: ['outpatient', 'iop', 'php'], refused: null });
  });

  it('removes a level when three are chosen', () => {
    expect(toggleLevel(['outpatient', 'iop', 'php'], 'iop')).toEqual({ levels: ['outpatient', 'php'], refused: null });
  });

  it('refuses to go below two, with a plain message', () => {
    expect(toggleLevel(['iop', 'php'], 'php')).toEqual({ levels: ['iop', 'php'], refused: compareText.tooFew });
    expect(compareText.tooFew).toMatch(/at least/);
  });

  it('refuses to go above three, with a plain message', () => {
    expect(toggleLevel(['iop', 'php', 'residential'], 'inpatient')).toEqual({
      levels: ['iop', 'php', 'residential'],
      refused: compareText.tooMany,
    });
    expect(compareText.tooMany).toMatch(/up to/);
  });

  it('any sequence of clicks keeps two or three levels, and a refused click changes nothing', () => {
    fc.assert(
      fc.property(choice, fc.array(fc.constantFrom(...careLevelOrder), { maxLength: 20 }), (start, clicks) => {
        let levels = careLevelOrder.filter((id) => start.includes(id));
        for (const id of clicks) {
          const before = levels;
          const result = toggleLevel(levels, id);
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
    expect(comparisonRows(['iop', 'php']).map((r) => r.label)).toEqual([
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
    const rows = comparisonRows(['php', 'iop']);
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
        for (const row of comparisonRows(ids)) {
          expect(row.values).toHaveLength(ids.length);
          for (const v of row.values) expect(v.trim()).not.toBe('');
          for (const v of row.values) expect(v).not.toMatch(/NaN|Infinity|undefined|null/);
        }
      }),
      runs,
    );
  });

  it('says what is compared in plain words', () => {
    expect(comparisonSummary(['php', 'iop'])).toBe(`Comparing ${name('iop')} and ${name('php')}.`);
    expect(comparisonSummary(['outpatient', 'iop', 'php'])).toBe(`Comparing ${name('outpatient')}, ${name('iop')} and ${name('php')}.`);
  });
});
