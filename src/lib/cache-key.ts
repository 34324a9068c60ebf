// Hashes for build caches: a digest that changes whenever any of its inputs changes, and the short key
// made from it (Astro's incremental build copies a page whose key and code match the last build; the
// social cards are stored under theirs).
import { createHash } from 'node:crypto';

/** A SHA-256 hex digest of a list of inputs; order matters, and two different lists never hash alike. */
export function digestOf(parts: readonly (string | ArrayBuffer | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const data of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
    hash.update(`${bytes.length}:`); // length-prefixed: ["ab", "c"] and ["a", "bc"] hash differently
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** One short key for a list of inputs. */
export function cacheKeyOf(parts: readonly string[]): string {
  return digestOf(parts).slice(0, 32);
}

/** What a content entry holds (its frontmatter after the schema, and its text), as one string. */
export function entryFingerprint(entry: { collection: string; id: string; data: unknown; body?: string }): string {
  return `${entry.collection}/${entry.id}\n${JSON.stringify(entry.data)}\n${entry.body ?? ''}`;
}
