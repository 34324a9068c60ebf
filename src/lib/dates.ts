// Dates shown to readers, always in UTC so a build anywhere prints the same day, in the page's language.
import { intlLocale, type Lang } from '../i18n/lang.ts';

const long: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(intlLocale.en, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat(intlLocale.es, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** "November 23, 2026" in English, "23 de noviembre de 2026" in Spanish. */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  return long[lang].format(date);
}

/** "2026-11-23" */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
