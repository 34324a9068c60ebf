// Astro writes the Spanish "page not found" (src/pages/es/404.astro) as es/404/index.html, a page like
// any other. Static hosts answer a missing address with the 404.html nearest to it, so it moves to
// es/404.html: a missing /es/… page answers in Spanish, and no "not found" page is served as found.
import type { AstroIntegration } from 'astro';
import { access, rename, rmdir } from 'node:fs/promises';
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
        await rename(page, fileURLToPath(new URL('es/404.html', dir)));
        await rmdir(fileURLToPath(new URL('es/404/', dir)));
      },
    },
  };
}
