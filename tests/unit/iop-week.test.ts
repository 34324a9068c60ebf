import { typicalSchedule } from '../../src/data/care-levels.ts';
import { figuresEs } from '../../src/i18n/es/figures.ts';
import { activities, clockTime, freeDaysText, sampleIopWeek, sessionText, timetable, weekdays } from '../../src/lib/iop-week.ts';

describe('a week in IOP (the sample timetable)', () => {
  const week = sampleIopWeek();

  it('meets on the typical days for the typical session length in the data module', () => {
    expect(week.tracks.map((t) => t.id)).toEqual(['morning', 'evening']);
    for (const track of week.tracks) expect(track.sessions).toHaveLength(typicalSchedule.daysPerWeek.min);
    expect(week.hoursPerSession).toBe(typicalSchedule.hoursPerSession.min);
    expect(week.weeklyHours).toBe(typicalSchedule.daysPerWeek.min * typicalSchedule.hoursPerSession.min);
    expect(week.summary).toContain(`${week.weeklyHours} hours a week`);
    expect(week.tracks[0]!.time).toBe(`9 am to ${clockTime(9 * 60 + typicalSchedule.hoursPerSession.min * 60)}`);
  });

  it('shows group therapy, an individual session, a family session and a skills group', () => {
    for (const track of week.tracks) {
      const seen = new Set(track.sessions.flatMap((s) => s.activities));
      expect([...seen].sort()).toEqual(Object.keys(activities).sort());
    }
  });

  it('changes when the data module changes', () => {
    const longer = sampleIopWeek({ daysPerWeek: { min: 5, max: 5 }, hoursPerSession: { min: 4, max: 4 } });
    expect(longer.tracks[0]!.sessions.map((s) => s.day)).toEqual([0, 1, 2, 3, 4]);
    expect(longer.weeklyHours).toBe(20);
    expect(longer.tracks[1]!.time).toBe('6 pm to 10 pm');
    const drawn = timetable(longer);
    expect(drawn.bands[0]!.cells.every((c) => c.lines.length > 0)).toBe(true);
    expect(timetable(week).bands[0]!.cells.filter((c) => c.lines.length === 0)).toHaveLength(weekdays.length - week.daysPerWeek);
  });

  it('draws one box a weekday per track, inside the picture, without overlaps', () => {
    const drawn = timetable(week);
    for (const band of drawn.bands) {
      expect(band.cells).toHaveLength(weekdays.length);
      for (const cell of band.cells) {
        expect(cell.x).toBeGreaterThanOrEqual(0);
        expect(cell.x + cell.width).toBeLessThanOrEqual(drawn.width);
        expect(cell.y + cell.height).toBeLessThanOrEqual(drawn.height);
      }
      for (let i = 1; i < band.cells.length; i++) expect(band.cells[i]!.x).toBeGreaterThanOrEqual(band.cells[i - 1]!.x + band.cells[i - 1]!.width);
    }
    expect(drawn.bands[1]!.cells[0]!.y).toBeGreaterThan(drawn.bands[0]!.cells[0]!.y + drawn.bands[0]!.cells[0]!.height);
  });

  it('says each session in words for the text version', () => {
    const [track] = week.tracks;
    expect(sessionText(track!, track!.sessions[0]!)).toBe(`Monday, ${track!.time}: group therapy, then a skills group.`);
    expect(clockTime(12 * 60)).toBe('12 noon');
    expect(clockTime(19 * 60 + 30)).toBe('7:30 pm');
    expect(clockTime(0)).toBe('12 am');
  });
});

describe('a week in IOP, in Spanish', () => {
  const weekEs = sampleIopWeek(undefined, figuresEs);
  const weekEn = sampleIopWeek();

  it('tells the time the Spanish way', () => {
    expect(clockTime(9 * 60, figuresEs)).toBe('9 a. m.');
    expect(clockTime(12 * 60, figuresEs)).toBe('12 del mediodía');
    expect(clockTime(19 * 60 + 30, figuresEs)).toBe('7:30 p. m.');
    expect(clockTime(0, figuresEs)).toBe('12 a. m.');
    expect(weekEs.tracks[0]!.time).toBe(`de 9 a. m. a ${clockTime(9 * 60 + typicalSchedule.hoursPerSession.min * 60, figuresEs)}`);
  });

  it('has the same sessions as the English week, in Spanish words', () => {
    expect(weekEs.tracks.map((t) => t.sessions)).toEqual(weekEn.tracks.map((t) => t.sessions));
    expect(weekEs.tracks.map((t) => t.name)).toEqual(['Horario de mañana', 'Horario de noche']);
    expect(weekEs.summary).toBe(
      `${weekEs.daysPerWeek} días por semana, ${weekEs.hoursPerSession} horas cada día: ${weekEs.weeklyHours} horas por semana`,
    );
    const track = weekEs.tracks[0]!;
    expect(sessionText(track, track.sessions[0]!, figuresEs)).toBe(
      `Lunes, ${track.time}: terapia de grupo, luego ${figuresEs.iopWeek.activities[track.sessions[0]!.activities[1]!].name}.`,
    );
  });

  it('names the free days, joined with "y" in Spanish and "and" in English', () => {
    const free = (track: (typeof weekEn.tracks)[number]) => weekdays.filter((_, d) => !track.sessions.some((s) => s.day === d));
    const en = weekEn.tracks[0]!;
    expect(freeDaysText(en)).toBe(`${free(en).map((d) => d.name).join(' and ')}: free.`);
    const es = weekEs.tracks[0]!;
    const names = free(es).map((d) => figuresEs.iopWeek.weekdays[weekdays.indexOf(d)]!.name);
    expect(freeDaysText(es, figuresEs)).toBe(`${names[0]!.charAt(0).toUpperCase()}${names.join(' y ').slice(1)}: libre.`);
  });

  it('keeps the English timetable\'s boxes, and every short Spanish word fits inside its box', () => {
    const en = timetable(weekEn);
    const es = timetable(weekEs, figuresEs);
    expect(es.bands.map((b) => b.cells.map((c) => [c.x, c.y, c.width]))).toEqual(en.bands.map((b) => b.cells.map((c) => [c.x, c.y, c.width])));
    expect(es.columns.map((c) => c.label)).toEqual(['Lun', 'Mar', 'Mié', 'Jue', 'Vie']);
    // 15-unit text is about 8.2 units a character.
    for (const band of es.bands) for (const cell of band.cells) for (const line of cell.lines) expect(line.length * 8.2, line).toBeLessThanOrEqual(cell.width);
    expect(figuresEs.iopWeek.free.length * 8.2).toBeLessThanOrEqual(es.bands[0]!.cells[0]!.width);
    for (const band of es.bands) expect(4 + band.track.time.length * 8.2, band.track.time).toBeLessThanOrEqual(es.width);
  });
});
