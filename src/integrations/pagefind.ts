// Builds the Pagefind search index from the finished site, so every `astro build` (however it is
// called) ships a working /search/ and FAQ search. Only content inside data-pagefind-body is indexed.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'iop-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          failOn('setup', errors);
          if (!index) throw new Error('Pagefind did not create an index');
          const added = await index.addDirectory({ path: outDir });
          failOn('indexing', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          failOn('writing', written.errors);
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${added.page_count} pages for search in ${ms} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
