/// <reference types="vitest/config" />
// Unit tests (Node) and component tests (happy-dom). Browser tests live in tests/e2e with Playwright.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
