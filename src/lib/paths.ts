// Builds links that work whether the site is served at the domain root or under a base path.

/** Joins the site's base path (always ending in "/") and a root-relative path. */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** True when `current` is `path` or a page below it (for aria-current in navigation). */
export function isCurrentSection(current: string, path: string): boolean {
  const normal = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return normal(current).startsWith(normal(path));
}

/**
 * A link that opens the phone's messages app with `url` typed in, no number chosen. "sms:?&body="
 * is the form both iOS and Android read (iOS ignores "?body=" without the "&").
 */
export function smsHref(url: string): string {
  return `sms:?&body=${encodeURIComponent(url)}`;
}
