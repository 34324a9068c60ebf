// A sample IOP week as a timetable: a morning track and an evening track, each meeting on the typical
// number of days for the typical session length in src/data. An example, not a rule. Pure: the
// picture's component only draws what this returns. Words come from the figures dictionary (English by
// default; pass uiText('es').figures for Spanish).
import { typicalSchedule } from '../data/care-levels.ts';
import { figuresEn, type FiguresText } from '../i18n/en/figures.ts';

/** The five weekdays, English words (the picture's words in any language: `words.iopWeek.weekdays`). */
export const weekdays = figuresEn.iopWeek.weekdays;

/** What happens in a session, with the short word the picture prints inside its box (English words). */
export const activities = figuresEn.iopWeek.activities;
export type ActivityId = keyof typeof activities;

// Group therapy is the core of every session; the second half of each session takes turns.
const secondHalf: ActivityId[] = ['skills', 'individual', 'family'];

interface TrackPlan {
  id: 'morning' | 'evening';
  /** Start of the session, in minutes after midnight. */
  startMinutes: number;
  /** Weekday indexes in the order the track prefers them (first ones are used). */
  dayPreference: number[];
}

const trackPlans: TrackPlan[] = [
  { id: 'morning', startMinutes: 9 * 60, dayPreference: [0, 4, 2, 1, 3] },
  { id: 'evening', startMinutes: 18 * 60, dayPreference: [0, 1, 3, 2, 4] },
];

export interface Session {
  day: number;
  activities: ActivityId[];
}

export interface Track {
  id: TrackPlan['id'];
  name: string;
  fits: string;
  /** "9 am to 12 noon" */
  time: string;
  sessions: Session[];
}

export interface SampleWeek {
  tracks: Track[];
  daysPerWeek: number;
  hoursPerSession: number;
  weeklyHours: number;
  /** "3 days a week, 3 hours each: 9 hours a week" */
  summary: string;
}

/** "9 am", "12 noon", "6 pm", "7:30 pm" (Spanish: "9 a. m.", "12 del mediodía"…) */
export function clockTime(minutes: number, words: FiguresText = figuresEn): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return words.iopWeek.clock(Math.floor(m / 60), m % 60);
}

/** The sample week, from the typical days a week and session length (by default, the data module's). */
export function sampleIopWeek(
  schedule: Pick<typeof typicalSchedule, 'daysPerWeek' | 'hoursPerSession'> = typicalSchedule,
  words: FiguresText = figuresEn,
): SampleWeek {
  const text = words.iopWeek;
  const daysPerWeek = Math.min(Math.max(1, schedule.daysPerWeek.min), weekdays.length);
  const hoursPerSession = schedule.hoursPerSession.min;
  const tracks = trackPlans.map((plan): Track => {
    const days = plan.dayPreference.slice(0, daysPerWeek).sort((a, b) => a - b);
    return {
      id: plan.id,
      name: text.tracks[plan.id].name,
      fits: text.tracks[plan.id].fits,
      time: text.span(clockTime(plan.startMinutes, words), clockTime(plan.startMinutes + hoursPerSession * 60, words)),
      sessions: days.map((day, i) => ({ day, activities: ['group', secondHalf[i % secondHalf.length]!] })),
    };
  });
  const weeklyHours = daysPerWeek * hoursPerSession;
  return {
    tracks,
    daysPerWeek,
    hoursPerSession,
    weeklyHours,
    summary: text.summary(daysPerWeek, hoursPerSession, weeklyHours),
  };
}

/** One sentence per session for the text version: "Monday, 9 am to 12 noon: group therapy, then a skills group." */
export function sessionText(track: Track, session: Session, words: FiguresText = figuresEn): string {
  const text = words.iopWeek;
  return text.session(text.weekdays[session.day]!.name, track.time, session.activities.map((a) => text.activities[a].name));
}

/** The text version's line for a track's days without a session: "Tuesday and Thursday: free." */
export function freeDaysText(track: Track, words: FiguresText = figuresEn): string {
  const free = words.iopWeek.weekdays.filter((_, day) => !track.sessions.some((s) => s.day === day)).map((d) => d.name);
  return words.iopWeek.freeDays(free.join(words.numbers.and));
}

// Geometry of the timetable, in SVG units (340 wide, like every picture, so its text reads at 320 px).
const grid = { width: 340, side: 4, headerY: 20, top: 32, titleHeight: 44, cellHeight: 62, gap: 12 };

export interface TimetableCell {
  day: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Short words inside the box, one a line; empty for a free slot. */
  lines: string[];
}

export interface Timetable {
  width: number;
  height: number;
  columns: { x: number; label: string }[];
  bands: { track: Track; titleY: number; timeY: number; cells: TimetableCell[] }[];
}

/** Where every box of the timetable goes, with the short words in `words`' language. */
export function timetable(week: SampleWeek = sampleIopWeek(), words: FiguresText = figuresEn): Timetable {
  const text = words.iopWeek;
  const columnWidth = (grid.width - 2 * grid.side) / weekdays.length;
  const columns = text.weekdays.map((d, i) => ({ x: grid.side + i * columnWidth + columnWidth / 2, label: d.short }));
  let y = grid.top;
  const bands = week.tracks.map((track) => {
    const titleY = y + 18;
    const timeY = y + 37;
    const cellY = y + grid.titleHeight + 4;
    const cells = weekdays.map((_, day): TimetableCell => {
      const session = track.sessions.find((s) => s.day === day);
      return {
        day,
        x: grid.side + day * columnWidth + 3,
        y: cellY,
        width: columnWidth - 6,
        height: grid.cellHeight,
        lines: session ? session.activities.map((a) => text.activities[a].short) : [],
      };
    });
    y = cellY + grid.cellHeight + grid.gap;
    return { track, titleY, timeY, cells };
  });
  return { width: grid.width, height: y, columns, bands };
}
