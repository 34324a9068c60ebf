import fc from 'fast-check';
import { careLevels, estimatorDefaults, schedulePresets, type AgeGroup } from '../../src/data/care-levels.ts';
import { formatRange } from '../../src/lib/facts.ts';
import { uiText } from '../../src/i18n/index.ts';
import {
  bandSentence,
  careBandFor,
  checkEntries,
  checkField,
  defaultSchedule,
  entriesFrom,
  entriesWithPreset,
  estimate,
  estimateLink,
  fieldRules,
  fieldWords,
  formatDuration,
  formatHours,
  listDays,
  numberFields,
  readAgeGroup,
  readNumber,
  scheduleFromUrl,
  scheduleToUrl,
  sessionDays,
  weekPlan,
  type CareBand,
  type Schedule,
} from '../../src/lib/hours.ts';

const en = uiText('en').tools.hours;
const es = uiText('es').tools.hours;
const weekdays = en.weekdays;
const runs = { numRuns: 10_000 };
const iop = (age: AgeGroup) => careLevels.iop.hoursPerWeek[age]!;
const php = (age: AgeGroup) => careLevels.php.hoursPerWeek[age]!;
const bandOrder: CareBand[] = ['below-iop', 'iop', 'between-iop-and-php', 'php'];

/** Any schedule the estimator allows, built from whole-number steps so every value is exact. */
const validSchedule: fc.Arbitrary<Schedule> = fc.record({
  daysPerWeek: fc.integer({ min: fieldRules.daysPerWeek.min, max: fieldRules.daysPerWeek.max }),
  hoursPerSession: fc
    .integer({ min: fieldRules.hoursPerSession.min * 2, max: fieldRules.hoursPerSession.max * 2 })
    .map((halves) => halves / 2),
  weeks: fc.integer({ min: fieldRules.weeks.min, max: fieldRules.weeks.max }),
  ageGroup: fc.constantFrom<AgeGroup>('adult', 'teen'),
  travelMinutes: fc.integer({ min: fieldRules.travelMinutes.min, max: fieldRules.travelMinutes.max }),
});

const isValid = (s: Schedule) => checkEntries(entriesFrom(s), en).schedule !== null;
const broken = /NaN|Infinity|undefined|null|\[object/;

describe('reading a typed number', () => {
  it.each([
    ['3', 3],
    [' 3 ', 3],
    ['03', 3],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['3.', 3],
  ])('reads %j as %d', (raw, value) => {
    expect(readNumber(raw)).toBe(value);
  });

  it.each(['', '   ', 'abc', '3abc', '-1', '+3', '1e1', '0x10', 'Infinity', 'NaN', '3 4', '2,5', '٣', '1'.repeat(13)])(
    'refuses %j',
    (raw) => {
      expect(readNumber(raw)).toBeNull();
    },
  );

  it('refuses anything that is not a string', () => {
    for (const raw of [undefined, null, 3, {}, [], Symbol('x')]) expect(readNumber(raw)).toBeNull();
  });
});

describe('checking each field', () => {
  it.each(numberFields)('%s accepts its lowest and highest values and refuses one step past them', (field) => {
    const r = fieldRules[field];
    expect(checkField(field, String(r.min), en)).toEqual({ ok: true, value: r.min });
    expect(checkField(field, String(r.max), en)).toEqual({ ok: true, value: r.max });
    expect(checkField(field, String(r.max + r.step), en)).toEqual({ ok: false, message: fieldWords(field, en).error });
    if (r.min - r.step >= 0) expect(checkField(field, String(r.min - r.step), en)).toEqual({ ok: false, message: fieldWords(field, en).error });
  });

  it('takes hours only in half hours', () => {
    expect(checkField('hoursPerSession', '2.5', en)).toEqual({ ok: true, value: 2.5 });
    expect(checkField('hoursPerSession', '2.25', en)).toMatchObject({ ok: false });
    expect(checkField('hoursPerSession', '0', en)).toMatchObject({ ok: false });
  });

  it('takes days, weeks and travel only as whole numbers', () => {
    expect(checkField('daysPerWeek', '1.5', en)).toMatchObject({ ok: false });
    expect(checkField('weeks', '8.5', en)).toMatchObject({ ok: false });
    expect(checkField('travelMinutes', '12.5', en)).toMatchObject({ ok: false });
    expect(checkField('travelMinutes', '0', en)).toEqual({ ok: true, value: 0 });
  });

  it('says what is allowed, with the limits in the message', () => {
    const r = fieldRules.daysPerWeek;
    const check = checkField('daysPerWeek', '9', en);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(`from ${r.min} to ${r.max}`);
  });

  it('keeps the visible labels the issue asks for', () => {
    expect(numberFields.map((f) => fieldWords(f, en).label)).toEqual([
      'Days per week',
      'Hours per session',
      'Weeks in program',
      'Travel time per session (minutes)',
    ]);
  });

  it('reads an age group in any case, and nothing else', () => {
    expect(readAgeGroup(' Teen ')).toBe('teen');
    expect(readAgeGroup('ADULT')).toBe('adult');
    expect(readAgeGroup('child')).toBeNull();
    expect(readAgeGroup(7)).toBeNull();
  });

  it('gives a schedule only when every entry is allowed, and an error for each one that is not', () => {
    const entries = { ...entriesFrom(defaultSchedule), daysPerWeek: 'x', weeks: '99' };
    const result = checkEntries(entries, en);
    expect(result.schedule).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(['daysPerWeek', 'weeks']);
    expect(checkEntries(entriesFrom(defaultSchedule), en)).toEqual({ schedule: defaultSchedule, errors: {} });
  });

  it('property: whatever is typed, a check never throws, and an accepted value is inside its limits and on its step', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numberFields), fc.string({ unit: 'binary', maxLength: 20 }), (field, raw) => {
        const r = fieldRules[field];
        const check = checkField(field, raw, en);
        if (!check.ok) return check.message === fieldWords(field, en).error;
        return check.value >= r.min && check.value <= r.max && Number.isInteger(check.value / r.step);
      }),
      runs,
    );
  });
});

describe('where weekly hours fall', () => {
  // The edges are 5.9 / 6 / 19 / 19.5 / 20 for teens and 8.5 / 9 / 19 / 20 for adults; they are
  // built here from the data module so the test follows the data if the ranges are ever revised.
  it('teens: just under the IOP minimum, at it, at the IOP maximum, between IOP and PHP, at the PHP minimum', () => {
    const teen = iop('teen');
    expect(careBandFor(teen.min - 0.1, 'teen')).toBe('below-iop');
    expect(careBandFor(teen.min, 'teen')).toBe('iop');
    expect(careBandFor(teen.max!, 'teen')).toBe('iop');
    expect(careBandFor(teen.max! + 0.5, 'teen')).toBe('between-iop-and-php');
    expect(careBandFor(php('teen').min, 'teen')).toBe('php');
  });

  it('adults: half an hour under the IOP minimum, at it, at the IOP maximum, at the PHP minimum', () => {
    const adult = iop('adult');
    expect(careBandFor(adult.min - 0.5, 'adult')).toBe('below-iop');
    expect(careBandFor(adult.min, 'adult')).toBe('iop');
    expect(careBandFor(adult.max!, 'adult')).toBe('iop');
    expect(careBandFor(php('adult').min, 'adult')).toBe('php');
  });

  it('the same hours can be IOP for a teen and below IOP for an adult', () => {
    const hours = iop('teen').min;
    expect(careBandFor(hours, 'teen')).toBe('iop');
    expect(careBandFor(hours, 'adult')).toBe('below-iop');
  });

  it('refuses hours that are not a number', () => {
    expect(() => careBandFor(Number.NaN, 'adult')).toThrow(RangeError);
    expect(() => careBandFor(-1, 'adult')).toThrow(RangeError);
  });

  it('writes the sentence from the issue, with every number from the data module', () => {
    const adult = iop('adult');
    expect(bandSentence(adult.min, 'adult', en)).toBe(
      `${adult.min} hours a week is within the usual IOP range for adults (${adult.min} to ${adult.max} hours).`,
    );
  });

  it('says plainly when hours are below IOP, between IOP and PHP, or in the PHP range', () => {
    const teen = iop('teen');
    const below = bandSentence(teen.min - 1, 'teen', en);
    expect(below).toContain(`below the usual IOP range for teens (${formatRange(teen)} hours)`);
    expect(below).toContain('closer to outpatient therapy');
    const between = bandSentence(teen.max! + 0.5, 'teen', en);
    expect(between).toContain(`${teen.max! + 0.5} hours a week is just above the usual IOP range`);
    expect(between).toContain(`just below the usual PHP range (${formatRange(php('teen'))} hours)`);
    const inPhp = bandSentence(php('adult').min + 4, 'adult', en);
    expect(inPhp).toContain(`partial hospitalization program (PHP): ${formatRange(php('adult'))} hours`);
  });

  it('property: more hours never move to a less intensive band', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.constantFrom<AgeGroup>('adult', 'teen'),
        (a, b, age) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          return bandOrder.indexOf(careBandFor(low, age)) <= bandOrder.indexOf(careBandFor(high, age));
        },
      ),
      runs,
    );
  });

  it('property: the band agrees with the ranges in the data module', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.constantFrom<AgeGroup>('adult', 'teen'), (h, age) => {
        const band = careBandFor(h, age);
        const r = iop(age);
        if (band === 'below-iop') return h < r.min;
        if (band === 'iop') return h >= r.min && h <= r.max!;
        if (band === 'between-iop-and-php') return h > r.max! && h < php(age).min;
        return h >= php(age).min;
      }),
      runs,
    );
  });
});

describe('formatting', () => {
  it('writes hours with at most one decimal, grouped thousands and a singular', () => {
    expect(formatHours(1, en)).toBe('1 hour');
    expect(formatHours(7.5, en)).toBe('7.5 hours');
    expect(formatHours(0.5, en)).toBe('0.5 hours');
    expect(formatHours(4368, en)).toBe('4,368 hours');
  });

  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [630, '10 hours 30 minutes'],
    [59.6, '1 hour'],
    [6000, '100 hours'],
  ])('writes %d minutes as %j', (minutes, text) => {
    expect(formatDuration(minutes, en)).toBe(text);
  });

  it('joins day names as a reader would', () => {
    expect(listDays(['Monday'], en)).toBe('Monday');
    expect(listDays(['Monday', 'Friday'], en)).toBe('Monday and Friday');
    expect(listDays(['Monday', 'Wednesday', 'Friday'], en)).toBe('Monday, Wednesday and Friday');
  });

  it('property: a duration reads back to the same number of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (minutes) => {
        const match = /^(?:([\d,]+) hours?)?(?: ?(\d+) minutes?)?$/.exec(formatDuration(minutes, en));
        if (!match) return false;
        const h = Number((match[1] ?? '0').replace(/,/g, ''));
        const m = Number(match[2] ?? '0');
        return h * 60 + m === minutes && m < 60;
      }),
      runs,
    );
  });
});

describe('the week, day by day', () => {
  it.each([
    [1, ['Wednesday']],
    [2, ['Tuesday', 'Thursday']],
    [3, ['Monday', 'Wednesday', 'Friday']],
    [4, ['Monday', 'Tuesday', 'Thursday', 'Friday']],
    [5, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']],
    [6, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']],
    [7, [...weekdays]],
  ])('%d days a week fall on %j', (days, names) => {
    expect(sessionDays(days).map((i) => weekdays[i])).toEqual(names);
  });

  it('describes each day in words', () => {
    const week = weekPlan({ ...defaultSchedule, daysPerWeek: 3, hoursPerSession: 2.5, travelMinutes: 45 }, en);
    expect(week[0]?.text).toBe('Monday: 2.5 hours of treatment, plus 45 minutes of travel');
    expect(week[1]?.text).toBe('Tuesday: no session');
    const virtual = weekPlan({ ...defaultSchedule, daysPerWeek: 3, hoursPerSession: 2.5, travelMinutes: 0 }, en);
    expect(virtual[0]?.text).toBe('Monday: 2.5 hours of treatment');
  });

  it('property: the week holds exactly the sessions, and adds up to the weekly hours', () => {
    fc.assert(
      fc.property(validSchedule, (s) => {
        const week = weekPlan(s, en);
        const days = sessionDays(s.daysPerWeek);
        const strictlyRising = days.every((d, i) => i === 0 || d > days[i - 1]!);
        const weekdaysFirst = s.daysPerWeek > 5 || days.every((d) => d < 5);
        const total = week.reduce((sum, d) => sum + d.treatmentHours, 0);
        return (
          week.length === 7 &&
          week.filter((d) => d.hasSession).length === s.daysPerWeek &&
          strictlyRising &&
          weekdaysFirst &&
          total === s.daysPerWeek * s.hoursPerSession
        );
      }),
      runs,
    );
  });
});

describe('an estimate', () => {
  it('adds up treatment, the whole program and travel', () => {
    const result = estimate({ daysPerWeek: 4, hoursPerSession: 2.5, weeks: 6, ageGroup: 'adult', travelMinutes: 45 }, en);
    expect(result.weeklyHours).toBe(10);
    expect(result.totalHours).toBe(60);
    expect(result.sessions).toBe(24);
    expect(result.weeklyTravelMinutes).toBe(180);
    expect(result.lines).toEqual([
      { label: 'Treatment each week', value: '10 hours' },
      { label: 'Treatment over 6 weeks', value: '60 hours (24 sessions)' },
      { label: 'Time each week, travel included', value: '13 hours' },
    ]);
    expect(result.weekSummary).toBe('Sessions on Monday, Tuesday, Thursday and Friday.');
  });

  it('keeps half hours exact and rounds nothing away', () => {
    const result = estimate({ daysPerWeek: 7, hoursPerSession: 0.5, weeks: 1, ageGroup: 'teen', travelMinutes: 1 }, en);
    expect(result.weeklyHours).toBe(3.5);
    expect(result.lines[1]).toEqual({ label: 'Treatment over 1 week', value: '3.5 hours (7 sessions)' });
    expect(result.lines[2]?.value).toBe('3 hours 37 minutes');
  });

  it('handles the largest schedule allowed', () => {
    const max = Object.fromEntries(numberFields.map((f) => [f, fieldRules[f].max])) as Omit<Schedule, 'ageGroup'>;
    const result = estimate({ ...max, ageGroup: 'adult' }, en);
    expect(result.lines[1]?.value).toBe(`${formatHours(fieldRules.daysPerWeek.max * fieldRules.hoursPerSession.max * fieldRules.weeks.max, en)} (${fieldRules.daysPerWeek.max * fieldRules.weeks.max} sessions)`);
    expect(result.band).toBe('php');
  });

  it('says when a program is virtual', () => {
    expect(estimate({ ...defaultSchedule, travelMinutes: 0 }, en).lines[2]?.value).toMatch(/\(no travel\)$/);
  });

  it('property: totals are consistent and no text shows NaN, Infinity or a blank', () => {
    fc.assert(
      fc.property(validSchedule, (s) => {
        const r = estimate(s, en);
        const texts = [r.sentence, r.weekSummary, ...r.lines.flatMap((l) => [l.label, l.value]), ...r.week.map((d) => d.text)];
        return (
          r.weeklyHours === s.daysPerWeek * s.hoursPerSession &&
          Number.isInteger(r.weeklyHours * 2) &&
          r.totalHours === r.weeklyHours * s.weeks &&
          r.weeklyMinutesWithTravel === r.weeklyHours * 60 + s.daysPerWeek * s.travelMinutes &&
          r.band === careBandFor(r.weeklyHours, s.ageGroup) &&
          texts.every((t) => t.trim().length > 0 && !broken.test(t))
        );
      }),
      runs,
    );
  });
});

describe('the address', () => {
  it('reads the link from the issue', () => {
    expect(scheduleFromUrl('?days=3&hours=3&weeks=8&age=adult&travel=30', en)).toEqual({
      schedule: { daysPerWeek: 3, hoursPerSession: 3, weeks: 8, ageGroup: 'adult', travelMinutes: 30 },
      notes: [],
    });
  });

  it('writes the same shape back', () => {
    expect(scheduleToUrl({ daysPerWeek: 5, hoursPerSession: 2.5, weeks: 12, ageGroup: 'teen', travelMinutes: 0 })).toBe(
      'days=5&hours=2.5&weeks=12&age=teen&travel=0',
    );
  });

  it('takes the defaults quietly when values are missing or empty, and ignores other parameters', () => {
    expect(scheduleFromUrl('', en)).toEqual({ schedule: defaultSchedule, notes: [] });
    expect(scheduleFromUrl('?days=&utm_source=newsletter&fbclid=abc', en)).toEqual({ schedule: defaultSchedule, notes: [] });
  });

  it('keeps the good values of a half-broken link and names each value it ignored', () => {
    const { schedule, notes } = scheduleFromUrl('?days=9&hours=2.5&weeks=abc&age=child&travel=-5', en);
    expect(schedule).toEqual({ ...defaultSchedule, hoursPerSession: 2.5 });
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe(
      `We ignored “9” for days per week in the link and used ${defaultSchedule.daysPerWeek} instead. It can be ${fieldWords('daysPerWeek', en).allowed}.`,
    );
    expect(notes[1]).toContain('“abc” for weeks in program');
    expect(notes[2]).toContain('“-5” for travel time per session (minutes)');
    expect(notes[3]).toBe('We ignored “child” for age group in the link and used Adult instead. It can be adult or teen.');
  });

  it.each([
    '%',
    '%E0%A4%A',
    '?days=%00%01%02',
    '?days=<script>alert(1)</script>',
    '?days=1e309&hours=Infinity&weeks=NaN&travel=0x10',
    '?__proto__=1&constructor=x&toString=y',
    '?days=3&days=9',
    '?days=\u202Eevil\u202C&age=\uD800',
    `?days=${'9'.repeat(100_000)}`,
    `?${'&'.repeat(10_000)}`,
    '#days=5',
  ])('survives the hostile link %j', (search) => {
    const { schedule, notes } = scheduleFromUrl(search, en);
    expect(isValid(schedule)).toBe(true);
    for (const note of notes) {
      expect(note.length).toBeLessThan(200);
      expect(note).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });

  it('quotes at most twenty characters of a bad value', () => {
    const { notes } = scheduleFromUrl(`?days=${'x'.repeat(500)}`, en);
    expect(notes[0]).toContain(`“${'x'.repeat(20)}…”`);
  });

  it('treats anything that is not a string as an empty link', () => {
    for (const search of [undefined, null, 42, {}, ['days=5']]) expect(scheduleFromUrl(search, en)).toEqual({ schedule: defaultSchedule, notes: [] });
  });

  it('builds a link to the page with the schedule, dropping any old query and anchor', () => {
    expect(estimateLink('https://example.org/iop/tools/hours-estimator/?days=1#top', defaultSchedule)).toBe(
      `https://example.org/iop/tools/hours-estimator/?${scheduleToUrl(defaultSchedule)}`,
    );
  });

  it('property: every allowed schedule survives a trip through the address unchanged, with no notes', () => {
    fc.assert(
      fc.property(validSchedule, (s) => {
        const back = scheduleFromUrl(`?${scheduleToUrl(s)}`, en);
        return back.notes.length === 0 && JSON.stringify(back.schedule) === JSON.stringify(s);
      }),
      runs,
    );
  });

  it('property: any string as a link gives an allowed schedule and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { schedule, notes } = scheduleFromUrl(search, en);
        return isValid(schedule) && notes.length <= 5;
      }),
      runs,
    );
  });

  it('property: any values under the known keys give an allowed schedule and one note per unusable value', () => {
    const key = fc.constantFrom('days', 'hours', 'weeks', 'age', 'travel');
    fc.assert(
      fc.property(fc.dictionary(key, fc.string({ unit: 'binary', maxLength: 30 })), (values) => {
        const { schedule, notes } = scheduleFromUrl(new URLSearchParams(values).toString(), en);
        const unusable = Object.entries(values).filter(([k, v]) => {
          if (v.trim() === '') return false;
          if (k === 'age') return readAgeGroup(v) === null;
          const field = numberFields.find((f) => fieldRules[f].urlKey === k)!;
          return !checkField(field, v, en).ok;
        });
        return isValid(schedule) && notes.length === unusable.length;
      }),
      runs,
    );
  });
});

describe('presets and defaults', () => {
  it('starts on an allowed schedule', () => {
    expect(isValid(defaultSchedule)).toBe(true);
    expect(defaultSchedule).toEqual(estimatorDefaults);
  });

  it('offers only allowed schedules, each with a label that names its days and hours', () => {
    expect(schedulePresets.length).toBeGreaterThanOrEqual(3);
    for (const preset of schedulePresets) {
      const entries = entriesWithPreset(entriesFrom(defaultSchedule), preset);
      expect(checkEntries(entries, en).schedule).not.toBeNull();
      expect(preset.label).toContain(`${preset.daysPerWeek} days`);
      expect(preset.label).toContain(`${preset.hoursPerSession} hours`);
    }
  });

  it('a preset sets days and hours, and the age group only when it has one', () => {
    const teenPreset = schedulePresets.find((p) => p.ageGroup === 'teen')!;
    const adultStart = { ...entriesFrom(defaultSchedule), weeks: '12', travelMinutes: 'oops' };
    const teen = entriesWithPreset(adultStart, teenPreset);
    expect(teen).toEqual({
      ...adultStart,
      daysPerWeek: String(teenPreset.daysPerWeek),
      hoursPerSession: String(teenPreset.hoursPerSession),
      ageGroup: 'teen',
    });
    const general = schedulePresets.find((p) => p.ageGroup === undefined)!;
    expect(entriesWithPreset({ ...adultStart, ageGroup: 'teen' }, general).ageGroup).toBe('teen');
  });

  it('the teen after-school preset lands in the teen IOP range', () => {
    const preset = schedulePresets.find((p) => p.id === 'teen-after-school')!;
    expect(careBandFor(preset.daysPerWeek * preset.hoursPerSession, 'teen')).toBe('iop');
  });
});

describe('in Spanish', () => {
  it('labels each box in Spanish, with the limits filled in', () => {
    expect(numberFields.map((f) => fieldWords(f, es).label)).toEqual([
      'Días por semana',
      'Horas por sesión',
      'Semanas en el programa',
      'Tiempo de viaje por sesión (minutos)',
    ]);
    const r = fieldRules.daysPerWeek;
    expect(fieldWords('daysPerWeek', es).hint).toBe(`Un número entero del ${r.min} al ${r.max}.`);
    expect(checkField('weeks', '99', es)).toEqual({ ok: false, message: fieldWords('weeks', es).error });
    expect(fieldWords('weeks', es).error).toContain(`del ${fieldRules.weeks.min} al ${fieldRules.weeks.max}`);
  });

  it('adds up the same numbers and says them in Spanish', () => {
    const result = estimate({ daysPerWeek: 4, hoursPerSession: 2.5, weeks: 6, ageGroup: 'adult', travelMinutes: 45 }, es);
    expect(result.weeklyHours).toBe(10);
    expect(result.lines).toEqual([
      { label: 'Tratamiento cada semana', value: '10 horas' },
      { label: 'Tratamiento en 6 semanas', value: '60 horas (24 sesiones)' },
      { label: 'Tiempo cada semana, con el viaje', value: '13 horas' },
    ]);
    expect(result.weekSummary).toBe('Sesiones el lunes, martes, jueves y viernes.');
    expect(estimate({ ...defaultSchedule, travelMinutes: 0 }, es).lines[2]?.value).toMatch(/\(sin viaje\)$/);
  });

  it('writes numbers, hours and minutes the US Spanish way', () => {
    expect(formatHours(1, es)).toBe('1 hora');
    expect(formatHours(2.5, es)).toBe('2.5 horas');
    expect(formatHours(4368, es)).toBe(`${new Intl.NumberFormat('es-US').format(4368)} horas`);
    expect(formatDuration(61, es)).toBe('1 hora y 1 minuto');
    expect(formatDuration(630, es)).toBe('10 horas y 30 minutos');
  });

  it('names the days of the week in Spanish, each line starting with a capital', () => {
    expect(es.weekdays).toEqual(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']);
    const week = weekPlan({ ...defaultSchedule, daysPerWeek: 3, hoursPerSession: 2.5, travelMinutes: 45 }, es);
    expect(week[0]?.text).toBe('Lunes: 2.5 horas de tratamiento, más 45 minutos de viaje');
    expect(week[1]?.text).toBe('Martes: sin sesión');
    expect(week.map((d) => d.shortDay)).toEqual(es.shortWeekdays);
  });

  it('places the hours against the levels of care in Spanish, numbers from the data module', () => {
    const adult = iop('adult');
    expect(bandSentence(adult.min, 'adult', es)).toBe(
      `${adult.min} horas por semana está dentro del rango habitual de un IOP para adultos (de ${adult.min} a ${adult.max} horas).`,
    );
    expect(bandSentence(iop('teen').min - 1, 'teen', es)).toContain('Eso se acerca más a la terapia ambulatoria.');
    expect(bandSentence(php('adult').min, 'adult', es)).toContain(`programa de hospitalización parcial (PHP): ${php('adult').min} o más horas`);
  });

  it('reads the same link keys, and explains in Spanish what it could not use', () => {
    expect(scheduleFromUrl('?days=3&hours=3&weeks=8&age=adult&travel=30', es).schedule).toEqual(
      scheduleFromUrl('?days=3&hours=3&weeks=8&age=adult&travel=30', en).schedule,
    );
    const { schedule, notes } = scheduleFromUrl('?days=9&age=child', es);
    expect(schedule).toEqual(defaultSchedule);
    expect(notes).toEqual([
      `En el enlace, “9” no sirve para días por semana, así que usamos ${defaultSchedule.daysPerWeek}. Puede ser ${fieldWords('daysPerWeek', es).allowed}.`,
      'En el enlace, “child” no sirve para el grupo de edad, así que usamos Adulto. Puede ser adult o teen.',
    ]);
  });

  it('labels every preset in Spanish with its own days and hours', () => {
    for (const preset of schedulePresets) {
      const label = es.presets[preset.id];
      expect(label).toContain(`${preset.daysPerWeek} días`);
      expect(label).toContain(`${preset.hoursPerSession} horas`);
    }
  });

  it('property: every Spanish estimate is whole, and has no English words left in it', () => {
    const english = /\b(hours?|minutes?|weeks?|sessions?|travel|Monday|Friday|within|below|above)\b/;
    fc.assert(
      fc.property(validSchedule, (s) => {
        const r = estimate(s, es);
        const texts = [r.sentence, r.weekSummary, ...r.lines.flatMap((l) => [l.label, l.value]), ...r.week.map((d) => d.text)];
        return texts.every((t) => t.trim().length > 0 && !broken.test(t) && !english.test(t));
      }),
      { numRuns: 2_000 },
    );
  });
});
