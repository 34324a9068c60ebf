// A rebuild that reuses the last build's pages (Astro's incremental build, keyed by
// src/components/page-cache-keys.ts and the social cards' own keys) must give readers exactly the site
// a build from nothing gives. The site plus four generated guides (each lists the next as related, the
// last lists the first) is built, one guide's title and text change, and the rebuild is compared file by
// file with a fresh build of the changed content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from '../../scripts/bench/build.mjs';
import { editOneGuide, syntheticId, writeSyntheticContent } from '../../scripts/bench/synthetic-guides.mjs';

const root = 'tmp/rebuild-check';
const contentDir = join(root, 'content');
const rebuilt = join(root, 'rebuilt');
const fresh = join(root, 'fresh');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Pages and cards the rebuild's log says were copied from the last build rather than rendered. */
function reused(log: string): Set<string> {
  return new Set([...log.matchAll(/[├└]─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!));
}

let rebuildLog = '';

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  writeSyntheticContent({ contentDir, count: 4, realContentDir: 'content' });
  const site = { outDir: join(rebuilt, 'dist'), cacheDir: join(rebuilt, 'cache'), contentDir };
  await buildSite({ ...site, logFile: join(root, 'first.log') });
  editOneGuide(join(contentDir, 'guides', `${syntheticId(0)}.mdx`));
  await buildSite({ ...site, logFile: join(root, 'rebuild.log'), warm: true });
  rebuildLog = readFileSync(join(root, 'rebuild.log'), 'utf8');
  await buildSite({ outDir: join(fresh, 'dist'), cacheDir: join(fresh, 'cache'), contentDir, logFile: join(root, 'fresh.log') });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild after one guide changes', () => {
  it('writes the same files, byte for byte, as a build from nothing', () => {
    const ours = files(join(rebuilt, 'dist'));
    expect(ours).toEqual(files(join(fresh, 'dist')));
    const differ = ours.filter((file) => !readFileSync(join(rebuilt, 'dist', file)).equals(readFileSync(join(fresh, 'dist', file))));
    expect(differ).toEqual([]);
  });

  it('renders the changed guide, its card and the guide that lists it as related again', () => {
    const copied = reused(rebuildLog);
    for (const path of [`/guides/${syntheticId(0)}/index.html`, `/og/guide-${syntheticId(0)}.png`, `/guides/${syntheticId(3)}/index.html`]) {
      expect(copied.has(path), path).toBe(false);
      expect(rebuildLog).toContain(path);
    }
  });

  it('copies the unchanged guides and cards from the last build', () => {
    const copied = reused(rebuildLog);
    for (const path of [`/guides/${syntheticId(1)}/index.html`, `/guides/${syntheticId(2)}/index.html`, `/og/guide-${syntheticId(1)}.png`, '/og/home.png']) {
      expect(copied.has(path), path).toBe(true);
    }
  });
});
