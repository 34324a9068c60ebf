// Build-time code is bundled into chunks whose folder depends on --outDir, so a file path worked out
// from import.meta.url points somewhere else in another build (the benchmark's builds died with ENOENT
// reading public/favicon.svg that way). Files a route needs are imported as modules instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe('build-time file access', () => {
  it('never resolves a file from import.meta.url or createRequire(import.meta.url) inside src/', () => {
    const offenders = sourceFiles('src').filter((file) => /new URL\([^)]*import\.meta\.url|createRequire\(\s*import\.meta\.url/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
