// Dates shown to readers, always in UTC so a build anywhere prints the same day.

const long = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "November 23, 2026" */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** "2026-11-23" */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
