import { typicalSchedule } from '../../src/data/care-levels.ts';
import { activities, clockTime, sampleIopWeek, sessionText, timetable, weekdays } from '../../src/lib/iop-week.ts';

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
