// The folder drawn link-preview images are kept in between builds, keyed by `cardCacheKey`. It lives
// under node_modules/.cache (ignored by git, kept by CI caches of node_modules), or where
// IOP_CARD_CACHE_DIR points (the benchmark keeps its own inside bench/tmp/).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const cardCacheDir = resolve(process.env.IOP_CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/iop-guide/og'));

/** The cached PNG for a key, or undefined when it has not been drawn yet. */
export async function readCachedCard(key: string): Promise<Buffer | undefined> {
  try {
    return await readFile(join(cardCacheDir, `${key}.png`));
  } catch {
    return undefined;
  }
}

/** Stores a PNG under its key: written to a temp name, then renamed, so a stopped build leaves no half file. */
export async function writeCachedCard(key: string, png: Uint8Array): Promise<void> {
  await mkdir(cardCacheDir, { recursive: true });
  const temp = join(cardCacheDir, `${key}.${process.pid}.tmp`);
  await writeFile(temp, png);
  await rename(temp, join(cardCacheDir, `${key}.png`));
}

/** The card stored under `key`, drawn (and stored) only when it is not there yet. */
export async function cachedCard(key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const cached = await readCachedCard(key);
  if (cached) return cached;
  const png = await draw();
  await writeCachedCard(key, png);
  return png;
}
