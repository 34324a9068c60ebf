// Checks that run whole builds of the site (in tmp/, with their own caches), such as a rebuild against
// a build from nothing. Slower than unit tests, so npm test runs them as a step of their own.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
