// English UI text: figures (the pictures, their captions and text versions, the levels table and the
// key numbers). The Spanish file types itself with FiguresText, so it cannot miss a key. Numbers are
// never typed here: the small functions below put the data module's figures into words.
import type { Widen } from '../lang.ts';
import type { WeeklyHours } from '../../data/care-levels.ts';
import { formatRange, formatWeeklyHours } from '../../lib/facts.ts';

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

export const figuresEn = {
  /** The text version's summary line when a picture names none. */
  showAsText: 'Show this picture as text',
  /** Number words every picture shares. */
  numbers: {
    /** "N to M", "N or more", "fewer than M" */
    range: (range: WeeklyHours): string => formatRange(range),
    /** "N to M hours a week" */
    weeklyHours: (range: WeeklyHours): string => formatWeeklyHours(range),
    /** "and" between the last two items of a list. */
    and: ' and ',
    /** A sentence's first letter, in this language's way. */
    sentenceStart: capitalize,
  },
  levelsLine: {
    caption: 'The levels of care on one line, from least to most care',
    axisTitle: 'Hours of care a week',
    roundTheClock: ['Round', 'the clock'],
    roundTheClockText: 'round-the-clock care',
    textSummary: 'The picture as a table',
    columns: ['Level of care', 'Hours a week (adults)', 'Hours a week (teens)', 'Where a person sleeps', 'How long it usually lasts'],
    ageGroups: { adult: 'Adults', teen: 'Teens' },
    /** "At home" → "Sleeps at home" (the first clause of where a person lives). */
    sleeps: (place: string): string => `Sleeps ${lowerFirst(place)}`,
  },
  iopWeek: {
    caption: 'A week in IOP: one example with two tracks',
    note: (summary: string): string => `An example, not a rule. Programs set their own days and times. Each track here is ${summary}.`,
    textLabel: 'The week as a list',
    weekdays: [
      { short: 'Mon', name: 'Monday' },
      { short: 'Tue', name: 'Tuesday' },
      { short: 'Wed', name: 'Wednesday' },
      { short: 'Thu', name: 'Thursday' },
      { short: 'Fri', name: 'Friday' },
    ],
    activities: {
      group: { short: 'Group', name: 'group therapy' },
      skills: { short: 'Skills', name: 'a skills group' },
      individual: { short: '1-on-1', name: 'an individual session with a therapist' },
      family: { short: 'Family', name: 'a family session' },
    },
    tracks: {
      morning: { name: 'Morning track', fits: 'fits around an afternoon or night shift' },
      evening: { name: 'Evening track', fits: 'fits after a day at work or school' },
    },
    /** "9 am", "12 noon", "6 pm", "7:30 pm" */
    clock: (hour: number, minute: number): string => {
      if (hour === 12 && minute === 0) return '12 noon';
      const h12 = hour % 12 === 0 ? 12 : hour % 12;
      const minutesPart = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
      return `${h12}${minutesPart} ${hour < 12 ? 'am' : 'pm'}`;
    },
    /** "9 am to 12 noon" */
    span: (from: string, to: string): string => `${from} to ${to}`,
    /** "D days a week, H hours each: W hours a week" */
    summary: (days: number, hours: number, weekly: number): string => `${days} days a week, ${hours} hours each: ${weekly} hours a week`,
    /** "Monday, 9 am to 12 noon: group therapy, then a skills group." */
    session: (day: string, time: string, activities: readonly string[]): string =>
      `${day}, ${time}: ${activities.join(', then ')}.`,
    /** The free slot's word in the picture, and the free days' line in the text version. */
    free: 'free',
    freeDays: (days: string): string => `${days}: free.`,
  },
  carePath: {
    caption: 'The path through care, step by step',
    note: 'Every path is different; some people start at a different step or go back one.',
    textLabel: 'The steps, with links to read more',
    inIop: ' (in the IOP)',
    steps: {
      call: { title: 'First call', detail: 'to a program or a helpline' },
      assessment: { title: 'Assessment', detail: 'finds the level of care that fits' },
      start: { title: 'Starting IOP', detail: 'ask how soon you can start' },
      weekly: { title: 'Weekly sessions', detail: (days: string): string => `${days} days a week` },
      'step-down': { title: 'Stepping down', detail: (length: string): string => `${lowerFirst(length)} of IOP in all` },
      aftercare: { title: 'Aftercare and support groups', detail: 'outpatient therapy, peer groups' },
    },
  },
  levelsTable: {
    caption: 'How the levels of care compare',
    rows: {
      where: 'Where you live',
      hoursAdult: 'Hours a week (adults)',
      hoursTeen: 'Hours a week (teens)',
      length: 'Typical length',
      medical: 'Medical supervision',
      work: 'Keep working or studying?',
      suits: 'Usually suits',
      stepping: 'Stepping up or down',
    },
    note: 'Hours follow the ASAM Criteria. Programs vary, and a clinical assessment decides which level fits.',
  },
  keyNumbers: {
    title: 'Key numbers',
    adults: 'for adults in an IOP',
    teens: 'for teens in an IOP',
    /** The days value: "N to M days a week". */
    days: (range: string): string => `${range} days a week`,
    /** "is a common schedule, about H hours a session" */
    schedule: (hours: number): string => `is a common schedule, about ${hours} hours a session`,
    /** The length value: "N to M weeks". */
    length: (min: number, max: number): string => `${min} to ${max} weeks`,
    lengthLabel: 'is a common length; it depends on progress',
    notePrefix: 'Hours follow the ASAM Criteria used by US programs and insurers. Programs set their own schedules. See ',
    noteLink: 'how the levels of care compare',
    noteSuffix: '.',
  },
} as const;

export type FiguresText = Widen<typeof figuresEn>;
