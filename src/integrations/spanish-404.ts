// Astro writes the Spanish "page not found" (src/pages/es/404.astro) as es/404/index.html; static
// hosts look for the 404.html nearest a missing address, so a copy at es/404.html lets a missing
// /es/… page answer in Spanish. The folder copy stays, so the page-by-page checks still visit it.
import type { AstroIntegration } from 'astro';
import { copyFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export default function spanish404(): AstroIntegration {
  return {
    name: 'iop-guide:spanish-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const page = fileURLToPath(new URL('es/404/index.html', dir));
        try {
          await access(page);
        } catch {
          return;
        }
        await copyFile(page, fileURLToPath(new URL('es/404.html', dir)));
      },
    },
  };
}
