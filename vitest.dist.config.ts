// Checks that only read the built site (links and anchors, scripts per page, sitemap, canonical URLs,
// JSON-LD, deploy headers): plain Node over dist/, run after the build. No browser, no server.
// DIST_DIR and BASE point them at another build, as `npm test` does for the base-path build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The files share nothing but read-only helpers: one worker process for all is enough.
    isolate: false,
  },
});
