// Checks on the built pages' words: no word runs into a link ("Seehow", "readGetting started").
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkRunIns } from '../../src/lib/link-spacing.ts';
import { builtPages, distDir } from './support/site.ts';

test('no word runs into a link on any built page', () => {
  const problems = builtPages().flatMap((page) =>
    linkRunIns(readFileSync(join(distDir, page, 'index.html'), 'utf8')).map((r) => `/${page}: …${r.excerpt}…`),
  );
  expect(problems).toEqual([]);
});
