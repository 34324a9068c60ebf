/// <reference types="vitest/config" />
// Unit tests (Node) and component tests (happy-dom). Browser tests live in tests/e2e with Playwright.
import { getViteConfig } from 'astro/config';

// The site ships the islands with Preact's React-compatible API (astro.config.mjs: preact({ compat: true })),
// so component tests must render with Preact too, not with the React the tests' tools were written for.
const reactToPreact = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom(\/client|\/server)?$/, replacement: 'preact/compat$1' },
  { find: /^react\/(jsx-runtime|jsx-dev-runtime)$/, replacement: 'preact/$1' },
  { find: /^react$/, replacement: 'preact/compat' },
  // Testing Library's `main` is CommonJS, whose require() calls Node runs past these aliases; its ES
  // module build (`module`) goes through Vite, so its react imports become Preact too.
  { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
];

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    alias: reactToPreact,
    // Node would load Testing Library from node_modules, past the aliases; Vite must process it.
    server: { deps: { inline: ['@testing-library/react'] } },
  },
});
