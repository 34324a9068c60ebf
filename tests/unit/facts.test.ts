import { careLevels, typicalSchedule } from '../../src/data/care-levels.ts';
import { factText, facts, formatRange, formatWeeklyHours, levelHoursText } from '../../src/lib/facts.ts';

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
