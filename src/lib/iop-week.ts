// A sample IOP week as a timetable: a morning track and an evening track, each meeting on the typical
// number of days for the typical session length in src/data. An example, not a rule. Pure: the
// picture's component only draws what this returns.
import { typicalSchedule } from '../data/care-levels.ts';

export const weekdays = [
  { short: 'Mon', name: 'Monday' },
  { short: 'Tue', name: 'Tuesday' },
  { short: 'Wed', name: 'Wednesday' },
  { short: 'Thu', name: 'Thursday' },
  { short: 'Fri', name: 'Friday' },
] as const;

/** What happens in a session, with the short word the picture prints inside its box. */
export const activities = {
  group: { short: 'Group', name: 'group therapy' },
  skills: { short: 'Skills', name: 'a skills group' },
  individual: { short: '1-on-1', name: 'an individual session with a therapist' },
  family: { short: 'Family', name: 'a family session' },
} as const;
export type ActivityId = keyof typeof activities;

// Group therapy is the core of every session; the second half of each session takes turns.
const secondHalf: ActivityId[] = ['skills', 'individual', 'family'];

interface TrackPlan {
  id: 'morning' | 'evening';
  name: string;
  fits: string;
  /** Start of the session, in minutes after midnight. */
  startMinutes: number;
  /** Weekday indexes in the order the track prefers them (first ones are used). */
  dayPreference: number[];
}

const trackPlans: TrackPlan[] = [
  { id: 'morning', name: 'Morning track', fits: 'fits around an afternoon or night shift', startMinutes: 9 * 60, dayPreference: [0, 4, 2, 1, 3] },
  { id: 'evening', name: 'Evening track', fits: 'fits after a day at work or school', startMinutes: 18 * 60, dayPreference: [0, 1, 3, 2, 4] },
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

/** "9 am", "12 noon", "6 pm", "7:30 pm" */
export function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const hour = Math.floor(m / 60);
  const min = m % 60;
  if (hour === 12 && min === 0) return '12 noon';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const minutesPart = min === 0 ? '' : `:${String(min).padStart(2, '0')}`;
  return `${h12}${minutesPart} ${hour < 12 ? 'am' : 'pm'}`;
}

/** The sample week, from the typical days a week and session length (by default, the data module's). */
export function sampleIopWeek(schedule: Pick<typeof typicalSchedule, 'daysPerWeek' | 'hoursPerSession'> = typicalSchedule): SampleWeek {
  const daysPerWeek = Math.min(Math.max(1, schedule.daysPerWeek.min), weekdays.length);
  const hoursPerSession = schedule.hoursPerSession.min;
  const tracks = trackPlans.map((plan): Track => {
    const days = plan.dayPreference.slice(0, daysPerWeek).sort((a, b) => a - b);
    return {
      id: plan.id,
      name: plan.name,
      fits: plan.fits,
      time: `${clockTime(plan.startMinutes)} to ${clockTime(plan.startMinutes + hoursPerSession * 60)}`,
      sessions: days.map((day, i) => ({ day, activities: ['group', secondHalf[i % secondHalf.length]!] })),
    };
  });
  const weeklyHours = daysPerWeek * hoursPerSession;
  return {
    tracks,
    daysPerWeek,
    hoursPerSession,
    weeklyHours,
    summary: `${daysPerWeek} days a week, ${hoursPerSession} hours each: ${weeklyHours} hours a week`,
  };
}

/** One sentence per session for the text version: "Monday, 9 am to 12 noon: group therapy, then a skills group." */
export function sessionText(track: Track, session: Session): string {
  const [first, ...rest] = session.activities.map((a) => activities[a].name);
  return `${weekdays[session.day]!.name}, ${track.time}: ${first}${rest.length ? `, then ${rest.join(', then ')}` : ''}.`;
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

/** Where every box of the timetable goes. */
export function timetable(week: SampleWeek = sampleIopWeek()): Timetable {
  const columnWidth = (grid.width - 2 * grid.side) / weekdays.length;
  const columns = weekdays.map((d, i) => ({ x: grid.side + i * columnWidth + columnWidth / 2, label: d.short }));
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
        lines: session ? session.activities.map((a) => activities[a].short) : [],
      };
    });
    y = cellY + grid.cellHeight + grid.gap;
    return { track, titleY, timeY, cells };
  });
  return { width: grid.width, height: y, columns, bands };
}
