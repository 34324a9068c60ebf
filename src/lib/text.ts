// Small text helpers for build-time rendering. Pure.

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The plain text of an HTML fragment: tags removed, common entities decoded, spaces folded. */
export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}
