// The weekly-hours estimator: reads the reader's entries (typed or from a shared link), turns a schedule
// into weekly and total hours, places the weekly hours against the levels of care, and lays out the
// week day by day. Pure: no DOM, no framework; every care-level number comes from the data module.
import { careLevels, estimatorDefaults, type AgeGroup, type SchedulePreset, type WeeklyHours } from '../data/care-levels.ts';
import { formatRange } from './facts.ts';

/** One reader's schedule, every value already checked. */
export interface Schedule {
  daysPerWeek: number;
  hoursPerSession: number;
  weeks: number;
  ageGroup: AgeGroup;
  travelMinutes: number;
}

export type NumberField = 'daysPerWeek' | 'hoursPerSession' | 'weeks' | 'travelMinutes';
export const numberFields: NumberField[] = ['daysPerWeek', 'hoursPerSession', 'weeks', 'travelMinutes'];

export interface FieldRule {
  /** The visible label, exactly as the issue names it. */
  label: string;
  /** The key in the address (`?days=3`). */
  urlKey: string;
  min: number;
  max: number;
  /** Allowed steps: 1 for whole numbers, 0.5 for half hours. */
  step: number;
  /** Whole numbers get a numeric keypad on phones; half hours need a decimal point. */
  inputMode: 'numeric' | 'decimal';
  hint: string;
  error: string;
  /** "a whole number from 1 to 7", for notes about a link. */
  allowed: string;
}

// Input limits, not clinical facts: they keep the arithmetic sensible (a week has seven days).
const daysLimit = { min: 1, max: 7 };
const hoursLimit = { min: 0.5, max: 12 };
const weeksLimit = { min: 1, max: 52 };
const travelLimit = { min: 0, max: 240 };

export const fieldRules: Record<NumberField, FieldRule> = {
  daysPerWeek: {
    label: 'Days per week',
    urlKey: 'days',
    ...daysLimit,
    step: 1,
    inputMode: 'numeric',
    hint: `A whole number from ${daysLimit.min} to ${daysLimit.max}.`,
    error: `Enter a whole number of days from ${daysLimit.min} to ${daysLimit.max}.`,
    allowed: `a whole number from ${daysLimit.min} to ${daysLimit.max}`,
  },
  hoursPerSession: {
    label: 'Hours per session',
    urlKey: 'hours',
    ...hoursLimit,
    step: 0.5,
    inputMode: 'decimal',
    hint: `From ${hoursLimit.min} to ${hoursLimit.max}, in half hours. For example, 2.5.`,
    error: `Enter hours from ${hoursLimit.min} to ${hoursLimit.max}, in half hours, like 3 or 2.5.`,
    allowed: `from ${hoursLimit.min} to ${hoursLimit.max}, in half hours`,
  },
  weeks: {
    label: 'Weeks in program',
    urlKey: 'weeks',
    ...weeksLimit,
    step: 1,
    inputMode: 'numeric',
    hint: `A whole number from ${weeksLimit.min} to ${weeksLimit.max}.`,
    error: `Enter a whole number of weeks from ${weeksLimit.min} to ${weeksLimit.max}.`,
    allowed: `a whole number from ${weeksLimit.min} to ${weeksLimit.max}`,
  },
  travelMinutes: {
    label: 'Travel time per session (minutes)',
    urlKey: 'travel',
    ...travelLimit,
    step: 1,
    inputMode: 'numeric',
    hint: `There and back, from ${travelLimit.min} to ${travelLimit.max}. Use ${travelLimit.min} for a virtual program.`,
    error: `Enter whole minutes from ${travelLimit.min} to ${travelLimit.max}. Use ${travelLimit.min} for a virtual program.`,
    allowed: `a whole number of minutes from ${travelLimit.min} to ${travelLimit.max}`,
  },
};

/** Every other piece of the estimator's wording, in one place. */
export const hoursText = {
  notReady:
    'The numbers below are an example for a common schedule. To change them, this page needs JavaScript, which is turned off or still loading.',
  linkNotesLead: 'Part of the link you opened could not be used:',
  presetsTitle: 'Start from a common schedule',
  resultsHeading: 'Your estimate',
  seeEstimate: 'See your estimate',
  staleLead: 'This is from your last valid entry.',
  staleRest: 'Fix the box marked with an error to update it.',
  caveat: 'This is an estimate. Programs set their own schedules, and a clinical assessment decides the level of care.',
  weekHeading: 'Your week, day by day',
  keyTreatment: 'Treatment',
  keyTravel: 'Travel',
  copyButton: 'Copy link to this estimate',
  copied: 'Link copied',
  copyFailed: 'Copying did not work here. The link is selected below: copy it with your keyboard or menu.',
  linkLabel: 'Link to this estimate',
} as const;

export const ageGroupLabel = 'Age group';
export const ageGroupOptions: { value: AgeGroup; label: string }[] = [
  { value: 'adult', label: 'Adult' },
  { value: 'teen', label: 'Teen (12 to 17)' },
];
const ageGroupPlural: Record<AgeGroup, string> = { adult: 'adults', teen: 'teens' };

/** What the estimator shows before the reader changes anything. */
export const defaultSchedule: Schedule = { ...estimatorDefaults };

// ---------------------------------------------------------------------------------------------
// Reading entries

// Digits with an optional decimal part, nothing else: no signs, exponents, spaces inside or hex.
const plainNumber = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
// Longer than any allowed value could be written; stops a pasted essay before any work is done.
const longestEntry = 12;

/** A typed number as a number, or null when it is not a plain decimal. Never throws. */
export function readNumber(raw: unknown): number | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text.length === 0 || text.length > longestEntry || !plainNumber.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export type FieldCheck = { ok: true; value: number } | { ok: false; message: string };

/** Checks one typed entry against its field's range and step. */
export function checkField(field: NumberField, raw: unknown): FieldCheck {
  const r = fieldRules[field];
  const value = readNumber(raw);
  const onStep = value !== null && Number.isInteger(value / r.step);
  if (value === null || !onStep || value < r.min || value > r.max) return { ok: false, message: r.error };
  return { ok: true, value };
}

/** An age group from any text ("Teen", " adult "), or null. */
export function readAgeGroup(raw: unknown): AgeGroup | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().toLowerCase();
  return ageGroupOptions.some((o) => o.value === text) ? (text as AgeGroup) : null;
}

/** What the reader has typed, as text, plus the chosen age group. */
export type Entries = Record<NumberField, string> & { ageGroup: AgeGroup };

export function entriesFrom(schedule: Schedule): Entries {
  return {
    daysPerWeek: String(schedule.daysPerWeek),
    hoursPerSession: String(schedule.hoursPerSession),
    weeks: String(schedule.weeks),
    travelMinutes: String(schedule.travelMinutes),
    ageGroup: schedule.ageGroup,
  };
}

export interface EntriesCheck {
  /** The schedule when every entry is allowed, else null. */
  schedule: Schedule | null;
  /** A plain message for each entry that is not allowed. */
  errors: Partial<Record<NumberField, string>>;
}

export function checkEntries(entries: Entries): EntriesCheck {
  const errors: Partial<Record<NumberField, string>> = {};
  const values: Partial<Record<NumberField, number>> = {};
  for (const field of numberFields) {
    const check = checkField(field, entries[field]);
    if (check.ok) values[field] = check.value;
    else errors[field] = check.message;
  }
  const ageGroup = readAgeGroup(entries.ageGroup) ?? defaultSchedule.ageGroup;
  if (Object.keys(errors).length > 0) return { schedule: null, errors };
  return { schedule: { ...(values as Record<NumberField, number>), ageGroup }, errors };
}

// ---------------------------------------------------------------------------------------------
// Hours and where they fall

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "1 hour", "7.5 hours", "1,248 hours". */
export function formatHours(hours: number): string {
  return hours === 1 ? '1 hour' : `${numberFormat.format(hours)} hours`;
}

/** "45 minutes", "1 hour", "10 hours 30 minutes". Rounds to the nearest whole minute. */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hourPart = h === 0 ? '' : h === 1 ? '1 hour' : `${numberFormat.format(h)} hours`;
  const minutePart = m === 1 ? '1 minute' : `${m} minutes`;
  if (h === 0) return minutePart;
  return m === 0 ? hourPart : `${hourPart} ${minutePart}`;
}

export type CareBand = 'below-iop' | 'iop' | 'between-iop-and-php' | 'php';

function hoursFor(level: 'iop' | 'php', age: AgeGroup): WeeklyHours {
  const range = careLevels[level].hoursPerWeek[age];
  if (range === null) throw new Error(`care-levels.ts has no weekly hours for ${level} (${age})`);
  return range;
}

/** The usual IOP and PHP weekly hours for an age group, as the data module gives them. */
export function rangesFor(age: AgeGroup): { iop: WeeklyHours; php: WeeklyHours } {
  return { iop: hoursFor('iop', age), php: hoursFor('php', age) };
}

/**
 * Where weekly treatment hours fall for an age group. Ranges in the data are whole hours, so hours
 * past the IOP maximum but short of the PHP minimum (19.5) fall between the two, and we say so.
 */
export function careBandFor(weeklyHours: number, age: AgeGroup): CareBand {
  if (!Number.isFinite(weeklyHours) || weeklyHours < 0) throw new RangeError(`Weekly hours must be a number from 0 up, not ${weeklyHours}`);
  const { iop, php } = rangesFor(age);
  if (weeklyHours < iop.min) return 'below-iop';
  if (iop.max === null || weeklyHours <= iop.max) return 'iop';
  if (weeklyHours < php.min) return 'between-iop-and-php';
  return 'php';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const rangeInHours = (range: WeeklyHours) => `(${formatRange(range)} hours)`;

/** "9 hours a week is within the usual IOP range for adults (9 to 19 hours)." and its neighbours. */
export function bandSentence(weeklyHours: number, age: AgeGroup): string {
  const { iop, php } = rangesFor(age);
  const who = ageGroupPlural[age];
  const amount = `${formatHours(weeklyHours)} a week`;
  const iopName = careLevels.iop.shortName;
  const phpName = careLevels.php.shortName;
  const iopRange = `the usual ${iopName} range for ${who} ${rangeInHours(iop)}`;
  switch (careBandFor(weeklyHours, age)) {
    case 'below-iop':
      return `${amount} is below ${iopRange}. That is closer to ${lowerFirst(careLevels.outpatient.name)}.`;
    case 'iop':
      return `${amount} is within ${iopRange}.`;
    case 'between-iop-and-php':
      return (
        `${amount} is just above ${iopRange} and just below the usual ${phpName} range ${rangeInHours(php)}. ` +
        'Programs near this line differ, so ask a program which level of care it offers.'
      );
    case 'php':
      return `${amount} is in the usual range for a ${lowerFirst(careLevels.php.name)}: ${formatRange(php)} hours. That is more than an ${iopName} usually offers.`;
  }
}

// ---------------------------------------------------------------------------------------------
// The week, day by day

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const workdays = 5;

/**
 * Which days (0 = Monday) hold a session. Up to five sessions are spread evenly over Monday to
 * Friday, with rest days between them where there is room (3 → Mon, Wed, Fri); a sixth and seventh
 * session use the weekend.
 */
export function sessionDays(daysPerWeek: number): number[] {
  const n = Math.min(weekdays.length, Math.max(0, Math.floor(daysPerWeek)));
  if (n > workdays) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor(((i + 0.5) * workdays) / n));
}

export interface DayPlan {
  day: (typeof weekdays)[number];
  shortDay: string;
  hasSession: boolean;
  treatmentHours: number;
  travelMinutes: number;
  /** "Monday: 3 hours of treatment, plus 30 minutes of travel" */
  text: string;
}

export function weekPlan(schedule: Schedule): DayPlan[] {
  const days = new Set(sessionDays(schedule.daysPerWeek));
  return weekdays.map((day, i) => {
    const hasSession = days.has(i);
    const treatmentHours = hasSession ? schedule.hoursPerSession : 0;
    const travelMinutes = hasSession ? schedule.travelMinutes : 0;
    let text = `${day}: no session`;
    if (hasSession) {
      text = `${day}: ${formatHours(treatmentHours)} of treatment`;
      if (travelMinutes > 0) text += `, plus ${formatDuration(travelMinutes)} of travel`;
    }
    return { day, shortDay: day.slice(0, 3), hasSession, treatmentHours, travelMinutes, text };
  });
}

/** "Monday, Wednesday and Friday" */
export function listDays(days: readonly string[]): string {
  if (days.length <= 1) return days.join('');
  return `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
}

export interface Estimate {
  weeklyHours: number;
  totalHours: number;
  sessions: number;
  weeklyTravelMinutes: number;
  weeklyMinutesWithTravel: number;
  band: CareBand;
  sentence: string;
  week: DayPlan[];
  /** The lines a reader sees, in order. */
  lines: { label: string; value: string }[];
  /** "Sessions on Monday, Wednesday and Friday." */
  weekSummary: string;
}

export function estimate(schedule: Schedule): Estimate {
  const { daysPerWeek, hoursPerSession, weeks, travelMinutes, ageGroup } = schedule;
  // Half-hour steps times whole numbers are exact in binary floating point, so no rounding is needed
  // here; display rounds to one decimal place anyway.
  const weeklyHours = daysPerWeek * hoursPerSession;
  const totalHours = weeklyHours * weeks;
  const sessions = daysPerWeek * weeks;
  const weeklyTravelMinutes = daysPerWeek * travelMinutes;
  const weeklyMinutesWithTravel = weeklyHours * 60 + weeklyTravelMinutes;
  const week = weekPlan(schedule);
  const sessionNames = week.filter((d) => d.hasSession).map((d) => d.day);
  const weeksText = weeks === 1 ? '1 week' : `${weeks} weeks`;
  const sessionsText = sessions === 1 ? '1 session' : `${sessions} sessions`;
  return {
    weeklyHours,
    totalHours,
    sessions,
    weeklyTravelMinutes,
    weeklyMinutesWithTravel,
    band: careBandFor(weeklyHours, ageGroup),
    sentence: bandSentence(weeklyHours, ageGroup),
    week,
    lines: [
      { label: 'Treatment each week', value: formatHours(weeklyHours) },
      { label: `Treatment over ${weeksText}`, value: `${formatHours(totalHours)} (${sessionsText})` },
      {
        label: 'Time each week, travel included',
        value: travelMinutes === 0 ? `${formatDuration(weeklyMinutesWithTravel)} (no travel)` : formatDuration(weeklyMinutesWithTravel),
      },
    ],
    weekSummary: `Sessions on ${listDays(sessionNames)}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// The address

export interface UrlState {
  schedule: Schedule;
  /** One plain note for each value in the link that could not be used. */
  notes: string[];
}

const ageKey = 'age';

// Shows a reader what we ignored without echoing a whole hostile string back at them.
function shown(raw: string): string {
  const clean = Array.from(raw.replace(/[\p{C}]/gu, '')).slice(0, 20);
  return `“${clean.join('')}${Array.from(raw).length > 20 ? '…' : ''}”`;
}

/**
 * The schedule in a link (`?days=3&hours=3&weeks=8&age=adult&travel=30`). Missing values take the
 * defaults quietly; values that cannot be used take the defaults with a note naming them. Other
 * parameters (for example from a newsletter link) are left alone. Never throws.
 */
export function scheduleFromUrl(search: unknown): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    params = new URLSearchParams();
  }
  const schedule: Schedule = { ...defaultSchedule };
  const notes: string[] = [];
  for (const field of numberFields) {
    const r = fieldRules[field];
    const raw = params.get(r.urlKey);
    if (raw === null || raw.trim() === '') continue;
    const check = checkField(field, raw);
    if (check.ok) schedule[field] = check.value;
    else notes.push(`We ignored ${shown(raw)} for ${lowerFirst(r.label)} in the link and used ${numberFormat.format(defaultSchedule[field])} instead. It can be ${r.allowed}.`);
  }
  const rawAge = params.get(ageKey);
  if (rawAge !== null && rawAge.trim() !== '') {
    const age = readAgeGroup(rawAge);
    if (age) schedule.ageGroup = age;
    else {
      const fallback = ageGroupOptions.find((o) => o.value === defaultSchedule.ageGroup)!.label;
      notes.push(`We ignored ${shown(rawAge)} for age group in the link and used ${fallback} instead. It can be ${ageGroupOptions.map((o) => o.value).join(' or ')}.`);
    }
  }
  return { schedule, notes };
}

/** The query string for a schedule, without the "?": `days=3&hours=3&weeks=8&age=adult&travel=30`. */
export function scheduleToUrl(schedule: Schedule): string {
  const params = new URLSearchParams();
  params.set(fieldRules.daysPerWeek.urlKey, String(schedule.daysPerWeek));
  params.set(fieldRules.hoursPerSession.urlKey, String(schedule.hoursPerSession));
  params.set(fieldRules.weeks.urlKey, String(schedule.weeks));
  params.set(ageKey, schedule.ageGroup);
  params.set(fieldRules.travelMinutes.urlKey, String(schedule.travelMinutes));
  return params.toString();
}

/** A full link to the estimator page with this schedule, e.g. for "Copy link to this estimate". */
export function estimateLink(pageUrl: string, schedule: Schedule): string {
  const url = new URL(pageUrl);
  url.search = scheduleToUrl(schedule);
  url.hash = '';
  return url.href;
}

/** The entries with a preset's days and hours (and age group, if it has one); the rest stays as typed. */
export function entriesWithPreset(entries: Entries, preset: SchedulePreset): Entries {
  return {
    ...entries,
    daysPerWeek: String(preset.daysPerWeek),
    hoursPerSession: String(preset.hoursPerSession),
    ageGroup: preset.ageGroup ?? entries.ageGroup,
  };
}
