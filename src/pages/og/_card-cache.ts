// The folder drawn link-preview images are kept in between builds, keyed by `cardCacheKey`. It lives
// under node_modules/.cache (ignored by git, kept by CI caches of node_modules), or where
// IOP_CARD_CACHE_DIR points (the benchmark keeps its own inside bench/tmp/).
//
// Reads and writes are synchronous on purpose: Astro renders one page at a time, and a card's few small
// file operations cost less done directly than as round trips through Node's I/O threads, during which the
// build would only wait (about a millisecond a card, seconds for a large library).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const cardCacheDir = resolve(process.env.IOP_CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/iop-guide/og'));

/** The cached PNG for a key, or undefined when it has not been drawn yet. */
export function readCachedCard(key: string): Buffer | undefined {
  const file = join(cardCacheDir, `${key}.png`);
  return existsSync(file) ? readFileSync(file) : undefined;
}

let folderMade = false;

/** Stores a PNG under its key: written to a temp name, then renamed, so a stopped build leaves no half file. */
export function writeCachedCard(key: string, png: Uint8Array): void {
  if (!folderMade) mkdirSync(cardCacheDir, { recursive: true });
  folderMade = true;
  const temp = join(cardCacheDir, `${key}.${process.pid}.tmp`);
  writeFileSync(temp, png);
  renameSync(temp, join(cardCacheDir, `${key}.png`));
}

/** The card stored under `key`, drawn (and stored) only when it is not there yet. */
export async function cachedCard(key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const cached = readCachedCard(key);
  if (cached) return cached;
  const png = await draw();
  writeCachedCard(key, png);
  return png;
}
