// Rewrites the path rules of a Netlify/Cloudflare `_headers` file for a site under a base path. Pure.

/** Each unindented line that starts with "/" is a path rule; header lines (indented) and comments stay. */
export function headersForBase(headers: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return headers;
  return headers
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
    .join('\n');
}
