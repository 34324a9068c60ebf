import { careLevels, typicalSchedule } from '../../src/data/care-levels.ts';
import { fmla, programLength } from '../../src/data/care-levels.ts';
import { factText, facts, factsEs, formatRange, formatRangeEs, formatWeeklyHours, levelHoursText } from '../../src/lib/facts.ts';

describe('formatRange', () => {
  it('writes a closed range with "to"', () => {
    expect(formatRange({ min: 9, max: 19 })).toBe('9 to 19');
  });
  it('writes an open-ended range as "or more"', () => {
    expect(formatRange({ min: 20, max: null })).toBe('20 or more');
  });
  it('writes a range from zero as "fewer than"', () => {
    expect(formatRange({ min: 0, max: 9 })).toBe('fewer than 9');
  });
  it('groups thousands', () => {
    expect(formatRange({ min: 1000, max: 12000 })).toBe('1,000 to 12,000');
  });
});

describe('facts read from the data module', () => {
  it('quotes the adult and teen IOP hours from the care levels', () => {
    const adult = careLevels.iop.hoursPerWeek.adult!;
    const teen = careLevels.iop.hoursPerWeek.teen!;
    expect(facts.iopHoursAdult).toBe(`${adult.min} to ${adult.max} hours a week`);
    expect(facts.iopHoursTeen).toBe(`${teen.min} to ${teen.max} hours a week`);
  });
  it('derives outpatient limits from the IOP minimums, so they cannot drift apart', () => {
    expect(careLevels.outpatient.hoursPerWeek.adult!.max).toBe(careLevels.iop.hoursPerWeek.adult!.min);
    expect(careLevels.outpatient.hoursPerWeek.teen!.max).toBe(careLevels.iop.hoursPerWeek.teen!.min);
  });
  it('starts partial hospitalization right after the IOP maximum', () => {
    expect(careLevels.php.hoursPerWeek.adult!.min).toBe(careLevels.iop.hoursPerWeek.adult!.max! + 1);
  });
  it('describes round-the-clock levels in words, not hours', () => {
    expect(levelHoursText('residential', 'adult')).toBe('round-the-clock care');
    expect(levelHoursText('inpatient', 'teen')).toMatch(/round-the-clock/);
  });
  it('formats the typical schedule', () => {
    expect(facts.typicalDays).toBe(`${typicalSchedule.daysPerWeek.min} to ${typicalSchedule.daysPerWeek.max} days a week`);
    expect(formatWeeklyHours(typicalSchedule.commonWeeklyHours)).toBe(facts.commonWeeklyHours);
  });
  it('gives every fact a non-empty phrase without "undefined" or "NaN"', () => {
    for (const [id, text] of Object.entries(facts)) {
      expect(text, id).toMatch(/\S/);
      expect(text, id).not.toMatch(/undefined|NaN|null/);
    }
  });
});

describe('factText', () => {
  it('returns the phrase for a known id', () => {
    expect(factText('phpHours')).toBe(facts.phpHours);
  });
  it('throws with the bad id and the known ids, so a typo in a guide fails the build', () => {
    expect(() => factText('iopHoursAdul')).toThrow(/Unknown fact "iopHoursAdul".*iopHoursAdult/);
  });
  it('does not accept inherited object keys as facts', () => {
    expect(() => factText('toString')).toThrow(/Unknown fact/);
  });
});

describe('facts in Spanish', () => {
  it('phrases ranges the Spanish way', () => {
    expect(formatRangeEs({ min: 9, max: 19 })).toBe('de 9 a 19');
    expect(formatRangeEs({ min: 20, max: null })).toBe('20 o más');
    expect(formatRangeEs({ min: 0, max: 9 })).toBe('menos de 9');
  });
  it('quotes the same care-level numbers as the English phrases', () => {
    const adult = careLevels.iop.hoursPerWeek.adult!;
    const teen = careLevels.iop.hoursPerWeek.teen!;
    expect(factText('iopHoursAdult', 'es')).toBe(`de ${adult.min} a ${adult.max} horas por semana`);
    expect(factText('iopHoursTeen', 'es')).toBe(`de ${teen.min} a ${teen.max} horas por semana`);
    expect(factText('typicalDays', 'es')).toBe(`de ${typicalSchedule.daysPerWeek.min} a ${typicalSchedule.daysPerWeek.max} días por semana`);
  });
  it('formats large numbers with Intl for es-US, as the English pages do for en-US', () => {
    const grouped = new Intl.NumberFormat('es-US').format(programLength.studyAdults);
    expect(factText('studyAdults', 'es')).toBe(`${grouped} adultos`);
    expect(factText('fmlaServiceHours', 'es')).toContain(new Intl.NumberFormat('es-US').format(fmla.serviceHours));
    expect(formatRangeEs({ min: 1000, max: 12000 })).toBe(`de ${new Intl.NumberFormat('es-US').format(1000)} a ${new Intl.NumberFormat('es-US').format(12000)}`);
  });
  it('writes the Medicare start date as a Spanish date', () => {
    expect(factText('medicareStartDate', 'es')).toBe('1 de enero de 2024');
  });
  it('has a Spanish phrase for every fact, with the same numbers as the English one', () => {
    expect(Object.keys(factsEs).sort()).toEqual(Object.keys(facts).sort());
    const digits = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((d) => d.replace(/,/g, ''));
    for (const id of Object.keys(facts) as (keyof typeof facts)[]) {
      const text = factText(id, 'es');
      expect(text, id).toMatch(/\S/);
      expect(text, id).not.toMatch(/undefined|NaN|null/);
      if (/[a-z]/i.test(facts[id])) expect(text, `${id} is still in English`).not.toBe(facts[id]);
      expect(digits(text), id).toEqual(digits(facts[id]));
    }
  });
  it('keeps English as the default and throws on an unknown id in Spanish too', () => {
    expect(factText('phpHours')).toBe(factText('phpHours', 'en'));
    expect(() => factText('iopHoursAdul', 'es')).toThrow(/Unknown fact "iopHoursAdul"/);
  });
});

describe('facts in plain text (structured data, reading ease)', () => {
  it('quotes Spanish facts in a Spanish answer, English ones by default', async () => {
    const { markdownToPlainText } = await import('../../src/lib/plain-text.ts');
    const source = 'Son <Fact id="iopHoursAdult" />.';
    expect(markdownToPlainText(source, 'es')).toBe(`Son ${factsEs.iopHoursAdult}.`);
    expect(markdownToPlainText(source)).toBe(`Son ${facts.iopHoursAdult}.`);
  });
});
