// A short key that changes whenever any of its inputs changes, for Astro's incremental build (a page
// whose key and code match the last build is copied, not rendered again) and other build caches.
import { createHash } from 'node:crypto';

/** One key for a list of inputs; order matters, and two different lists never share a key by accident. */
export function cacheKeyOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    // Length-prefixed: ["ab", "c"] and ["a", "bc"] hash differently.
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest('base64url').slice(0, 32);
}

/** What a content entry holds (its frontmatter after the schema, and its text), as one string. */
export function entryFingerprint(entry: { collection: string; id: string; data: unknown; body?: string }): string {
  return `${entry.collection}/${entry.id}\n${JSON.stringify(entry.data)}\n${entry.body ?? ''}`;
}
