// The weekly-hours estimator: reads the reader's entries (typed or from a shared link), turns a schedule
// into weekly and total hours, places the weekly hours against the levels of care, and lays out the
// week day by day. Pure: no DOM, no framework; every care-level number comes from the data module.
import { careLevels, estimatorDefaults, typicalSchedule, type AgeGroup, type SchedulePreset, type WeeklyHours } from '../data/care-levels.ts';
import type { HoursText, ToolsText } from '../i18n/en/tools.ts';
import { fill, formatRangeIn, joinList, lowerFirst, plural, upperFirst } from './fill.ts';

export type { HoursText };

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
  /** The key in the address (`?days=3`), the same in every language so links work across them. */
  urlKey: string;
  min: number;
  max: number;
  /** Allowed steps: 1 for whole numbers, 0.5 for half hours. */
  step: number;
  /** Whole numbers get a numeric keypad on phones; half hours need a decimal point. */
  inputMode: 'numeric' | 'decimal';
}

// Input limits, not clinical facts: they keep the arithmetic sensible (a week has seven days).
export const fieldRules: Record<NumberField, FieldRule> = {
  daysPerWeek: { urlKey: 'days', min: 1, max: 7, step: 1, inputMode: 'numeric' },
  hoursPerSession: { urlKey: 'hours', min: 0.5, max: 12, step: 0.5, inputMode: 'decimal' },
  weeks: { urlKey: 'weeks', min: 1, max: 52, step: 1, inputMode: 'numeric' },
  travelMinutes: { urlKey: 'travel', min: 0, max: 240, step: 1, inputMode: 'numeric' },
};

export interface FieldWords {
  /** The visible label, exactly as the issue names it. */
  label: string;
  hint: string;
  error: string;
  /** "a whole number from 1 to 7", for notes about a link. */
  allowed: string;
}

/** A field's label, hint, error and allowed values in the page's language, its limits filled in. */
export function fieldWords(field: NumberField, text: HoursText): FieldWords {
  const r = fieldRules[field];
  const numbers = numberFormat(text);
  const limits = { min: numbers.format(r.min), max: numbers.format(r.max) };
  const words = text.fields[field];
  return {
    label: words.label,
    hint: fill(words.hint, limits),
    error: fill(words.error, limits),
    allowed: fill(words.allowed, limits),
  };
}

export const ageGroups: readonly AgeGroup[] = ['adult', 'teen'];

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
export function checkField(field: NumberField, raw: unknown, text: HoursText): FieldCheck {
  const r = fieldRules[field];
  const value = readNumber(raw);
  const onStep = value !== null && Number.isInteger(value / r.step);
  if (value === null || !onStep || value < r.min || value > r.max) return { ok: false, message: fieldWords(field, text).error };
  return { ok: true, value };
}

/** An age group from any text ("Teen", " adult "), or null. */
export function readAgeGroup(raw: unknown): AgeGroup | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().toLowerCase();
  return (ageGroups as readonly string[]).includes(text) ? (text as AgeGroup) : null;
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

export function checkEntries(entries: Entries, text: HoursText): EntriesCheck {
  const errors: Partial<Record<NumberField, string>> = {};
  const values: Partial<Record<NumberField, number>> = {};
  for (const field of numberFields) {
    const check = checkField(field, entries[field], text);
    if (check.ok) values[field] = check.value;
    else errors[field] = check.message;
  }
  const ageGroup = readAgeGroup(entries.ageGroup) ?? defaultSchedule.ageGroup;
  if (Object.keys(errors).length > 0) return { schedule: null, errors };
  return { schedule: { ...(values as Record<NumberField, number>), ageGroup }, errors };
}

// ---------------------------------------------------------------------------------------------
// Hours and where they fall

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers in the page's language ("1,248.5"), one decimal place at most. */
export function numberFormat(text: Pick<HoursText, 'locale'>): Intl.NumberFormat {
  let format = numberFormats.get(text.locale);
  if (!format) {
    format = new Intl.NumberFormat(text.locale, { maximumFractionDigits: 1 });
    numberFormats.set(text.locale, format);
  }
  return format;
}

/** "1 hour", "7.5 hours", "1,248 hours". */
export function formatHours(hours: number, text: HoursText): string {
  return plural(text.hour, hours, numberFormat(text).format(hours));
}

/** "45 minutes", "1 hour", "10 hours 30 minutes". Rounds to the nearest whole minute. */
export function formatDuration(totalMinutes: number, text: HoursText): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const minutePart = plural(text.minute, m, String(m));
  if (h === 0) return minutePart;
  const hourPart = formatHours(h, text);
  return m === 0 ? hourPart : fill(text.hoursAndMinutes, { hours: hourPart, minutes: minutePart });
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

/** "9 hours a week is within the usual IOP range for adults (9 to 19 hours)." and its neighbours. */
export function bandSentence(weeklyHours: number, age: AgeGroup, text: HoursText): string {
  const { iop, php } = rangesFor(age);
  const numbers = numberFormat(text);
  const rangeInHours = (range: WeeklyHours) => fill(text.band.rangeHours, { range: formatRangeIn(range, text.range, numbers) });
  const names = text.levelNames;
  const values = {
    amount: upperFirst(fill(text.band.amount, { hours: formatHours(weeklyHours, text) })),
    iop: names.iop,
    php: names.php,
    phpLong: lowerFirst(names.phpLong),
    outpatient: lowerFirst(names.outpatient),
  };
  const iopRange = fill(text.band.iopRange, { ...values, who: text.ageGroupPlural[age], range: rangeInHours(iop) });
  const all = { ...values, iopRange };
  switch (careBandFor(weeklyHours, age)) {
    case 'below-iop':
      return fill(text.band.below, all);
    case 'iop':
      return fill(text.band.within, all);
    case 'between-iop-and-php':
      return fill(text.band.between, { ...all, phpRange: rangeInHours(php) });
    case 'php':
      return fill(text.band.php, { ...all, phpRange: formatRangeIn(php, text.range, numbers) });
  }
}

// ---------------------------------------------------------------------------------------------
// The week, day by day

/** Days in a week, Monday first (names come from the page's language: `text.weekdays`). */
const daysInWeek = 7;
const workdays = 5;

/**
 * Which days (0 = Monday) hold a session. Up to five sessions are spread evenly over Monday to
 * Friday, with rest days between them where there is room (3 → Mon, Wed, Fri); a sixth and seventh
 * session use the weekend.
 */
export function sessionDays(daysPerWeek: number): number[] {
  const n = Math.min(daysInWeek, Math.max(0, Math.floor(daysPerWeek)));
  if (n > workdays) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor(((i + 0.5) * workdays) / n));
}

export interface DayPlan {
  /** The day's name in the page's language ("Monday", "lunes"). */
  day: string;
  shortDay: string;
  hasSession: boolean;
  treatmentHours: number;
  travelMinutes: number;
  /** "Monday: 3 hours of treatment, plus 30 minutes of travel" */
  text: string;
}

export function weekPlan(schedule: Schedule, text: HoursText): DayPlan[] {
  const days = new Set(sessionDays(schedule.daysPerWeek));
  return text.weekdays.slice(0, daysInWeek).map((day, i) => {
    const hasSession = days.has(i);
    const treatmentHours = hasSession ? schedule.hoursPerSession : 0;
    const travelMinutes = hasSession ? schedule.travelMinutes : 0;
    // Each line starts with the day, so it takes a capital even where day names do not ("lunes").
    const lineDay = upperFirst(day);
    let line = fill(text.day.none, { day: lineDay });
    if (hasSession) {
      line = fill(text.day.treatment, { day: lineDay, hours: formatHours(treatmentHours, text) });
      if (travelMinutes > 0) line += fill(text.day.travel, { duration: formatDuration(travelMinutes, text) });
    }
    return { day, shortDay: text.shortWeekdays[i] ?? day, hasSession, treatmentHours, travelMinutes, text: line };
  });
}

/** "Monday, Wednesday and Friday" */
export function listDays(days: readonly string[], text: HoursText): string {
  return joinList(days, text.list);
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

export function estimate(schedule: Schedule, text: HoursText): Estimate {
  const { daysPerWeek, hoursPerSession, weeks, travelMinutes, ageGroup } = schedule;
  // Half-hour steps times whole numbers are exact in binary floating point, so no rounding is needed
  // here; display rounds to one decimal place anyway.
  const weeklyHours = daysPerWeek * hoursPerSession;
  const totalHours = weeklyHours * weeks;
  const sessions = daysPerWeek * weeks;
  const weeklyTravelMinutes = daysPerWeek * travelMinutes;
  const weeklyMinutesWithTravel = weeklyHours * 60 + weeklyTravelMinutes;
  const week = weekPlan(schedule, text);
  const sessionNames = week.filter((d) => d.hasSession).map((d) => d.day);
  const numbers = numberFormat(text);
  const weeksText = plural(text.week, weeks, numbers.format(weeks));
  const sessionsText = plural(text.session, sessions, numbers.format(sessions));
  const withTravel = formatDuration(weeklyMinutesWithTravel, text);
  return {
    weeklyHours,
    totalHours,
    sessions,
    weeklyTravelMinutes,
    weeklyMinutesWithTravel,
    band: careBandFor(weeklyHours, ageGroup),
    sentence: bandSentence(weeklyHours, ageGroup, text),
    week,
    lines: [
      { label: text.lines.weekly, value: formatHours(weeklyHours, text) },
      {
        label: fill(text.lines.total, { weeks: weeksText }),
        value: fill(text.lines.totalValue, { hours: formatHours(totalHours, text), sessions: sessionsText }),
      },
      {
        label: text.lines.withTravel,
        value: travelMinutes === 0 ? fill(text.lines.noTravel, { duration: withTravel }) : withTravel,
      },
    ],
    weekSummary: fill(text.day.summary, { days: listDays(sessionNames, text) }),
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
export function scheduleFromUrl(search: unknown, text: HoursText): UrlState {
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
    const check = checkField(field, raw, text);
    if (check.ok) schedule[field] = check.value;
    else {
      const words = fieldWords(field, text);
      notes.push(
        fill(text.notes.ignored, {
          raw: shown(raw),
          label: lowerFirst(words.label),
          fallback: numberFormat(text).format(defaultSchedule[field]),
          allowed: words.allowed,
        }),
      );
    }
  }
  const rawAge = params.get(ageKey);
  if (rawAge !== null && rawAge.trim() !== '') {
    const age = readAgeGroup(rawAge);
    if (age) schedule.ageGroup = age;
    else {
      const fallback = text.ageGroups[defaultSchedule.ageGroup];
      notes.push(fill(text.notes.ignoredAge, { raw: shown(rawAge), fallback, values: ageGroups.join(text.notes.or) }));
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

/** A typical IOP week in words ("3 to 5 days a week", "about 3 hours"), for the lead-ins beside the tool. */
export function typicalWeekWords(tools: Pick<ToolsText, 'hours' | 'typicalWeek'>): { days: string; session: string } {
  const numbers = numberFormat(tools.hours);
  return {
    days: fill(tools.typicalWeek.days, { range: formatRangeIn(typicalSchedule.daysPerWeek, tools.hours.range, numbers) }),
    session: fill(tools.typicalWeek.session, { n: numbers.format(typicalSchedule.hoursPerSession.min) }),
  };
}
