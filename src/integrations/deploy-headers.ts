// public/_headers is written for a site at the domain root. When the site is built under a base
// path, its path rules must carry that prefix too, or the host applies none of them.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersForBase } from '../lib/deploy-headers.ts';

export default function deployHeaders(base: string): AstroIntegration {
  return {
    name: 'iop-guide:deploy-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (base === '/') return;
        const file = fileURLToPath(new URL('_headers', dir));
        await writeFile(file, headersForBase(await readFile(file, 'utf8'), base));
      },
    },
  };
}
