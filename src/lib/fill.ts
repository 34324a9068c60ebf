// Small helpers that put numbers and names into a dictionary's sentences. The tools receive their words
// as plain data (so a page sends only its own language to the browser), with "{name}" marking where a
// value goes. Pure: no DOM, no framework.
import type { WeeklyHours } from '../data/care-levels.ts';

/** "{amount} a week" + { amount: '9 hours' } → "9 hours a week". Unknown names are left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** One word form for exactly one, another for every other count: { one: '{n} hour', other: '{n} hours' }. */
export interface Plural {
  one: string;
  other: string;
}

export function plural(forms: Plural, count: number, shown: string): string {
  return fill(count === 1 ? forms.one : forms.other, { n: shown });
}

/** How a list of names is joined: "A, B and C" / "A, B y C" (Spanish "e" before an "i" sound: "PHP e IOP"). */
export interface ListWords {
  /** Between the last two names: " and ". */
  and: string;
  /** The same before a name that starts with an "i" sound; English keeps " and ". */
  andBeforeI: string;
}

export function joinList(names: readonly string[], words: ListWords): string {
  if (names.length <= 1) return names.join('');
  const last = names[names.length - 1]!;
  const joiner = /^h?[iíIÍ]/u.test(last.replace(/^[“"]/u, '')) ? words.andBeforeI : words.and;
  return `${names.slice(0, -1).join(', ')}${joiner}${last}`;
}

/** Words for a range of hours: "{min} to {max}", "{min} or more", "fewer than {max}". */
export interface RangeWords {
  between: string;
  orMore: string;
  fewerThan: string;
}

/** "9 to 19", "20 or more", "fewer than 9", numbers in the page's language. */
export function formatRangeIn(range: WeeklyHours, words: RangeWords, numbers: Intl.NumberFormat): string {
  if (range.max === null) return fill(words.orMore, { min: numbers.format(range.min) });
  if (range.min === 0) return fill(words.fewerThan, { max: numbers.format(range.max) });
  return fill(words.between, { min: numbers.format(range.min), max: numbers.format(range.max) });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers in a locale ("1,248.5"), one decimal place at most; made once per locale. */
export function numbersIn(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Weekday names, Monday first, in a locale ("lunes" … "domingo"), from the platform's own data. */
export function weekdayNames(locale: string, width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** "lunes" → "Lunes", for a name that starts a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
